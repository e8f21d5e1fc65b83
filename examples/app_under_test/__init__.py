"""A tiny app that uses the SDK, and its tests written only against the test kit (``versori_connect.testing``)."""
