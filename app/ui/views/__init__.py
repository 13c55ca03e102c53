"""Main-window views. Adding a view is adding a module here that defines `VIEW = SomeView`."""

from __future__ import annotations

import importlib
import pkgutil

from app.ui.views.base import View


def discover() -> list[type[View]]:
    """Every module's VIEW, in navigation order."""
    found: list[type[View]] = []
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        view = getattr(module, "VIEW", None)
        if view is not None:
            found.append(view)
    return sorted(found, key=lambda v: (v.order, v.view_id))
