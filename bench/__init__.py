"""Benchmark harness for kmdesk: figures as ratios against baselines measured in the same run."""
