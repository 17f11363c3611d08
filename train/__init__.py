"""Training code for the learned contradiction judge (not part of the installed package)."""
