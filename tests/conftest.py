"""Shared pytest setup."""
from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs headless Chromium at /usr/bin/chromium (Playwright)")
