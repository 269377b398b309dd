"""The situation picture (lägesbild): counts per administration and period, disclosure control."""
