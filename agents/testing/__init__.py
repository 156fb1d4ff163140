"""Testing stage: a Foundry project per workflow with generated unit, fuzz and invariant tests."""

from agents.testing.service import TestingService

__all__ = ["TestingService"]
