"""Scheduled patrols and background workers.

Patrols run as tasks of a Huey queue: embedded on SQLite in the data folder by default, on Redis
when several workers share the work. Schedules live in `schedules.yaml` in the data folder (a plan
file says what to patrol; the schedule says when), and a dispatcher task, run every minute by the
worker, enqueues the plans that are due.
"""
