"""Offline demo marketplace: a fake classified-ads site for officer training and crawler tests."""
