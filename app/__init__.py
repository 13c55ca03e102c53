"""Jiaoliu (交流): an offline English–Chinese exchange companion."""

__version__ = "0.1.0"
