"""Chart builders: plain data in, a matplotlib Figure out (no Qt, no pyplot)."""
