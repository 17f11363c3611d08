"""Evaluation harnesses run by `make eval*`; data stays outside the repo."""
