#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""A module with a docstring and a __future__ import, and no other imports."""
from __future__ import annotations
from eventlet import sleep


def pause(seconds: float) -> None:
    sleep(seconds=seconds)
