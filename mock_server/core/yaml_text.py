"""YAML text to plain data, with libyaml's C parser when PyYAML was built with it (about ten times faster:
the contracts are parsed at every start-up), else PyYAML's own; both are the safe loader."""

from typing import Any

import yaml

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python


YamlError = yaml.YAMLError
