"""Värna: a municipality's tool for work against violent extremism."""
