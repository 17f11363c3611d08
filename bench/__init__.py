"""`python -m bench` (`make bench`): wall time, throughput and peak memory of `check` on the seeds and ECB+."""
