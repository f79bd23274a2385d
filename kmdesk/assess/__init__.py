"""The domain: framework, roles, rounds, ratings and the sums over them (pure Python)."""
