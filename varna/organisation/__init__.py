"""The organisation: municipality, administrations, units, areas, people and their roles."""
