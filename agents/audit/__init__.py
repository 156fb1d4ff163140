"""The audit stage: tool adapters (Slither, Mythril, a Foundry fuzzer, Echidna), merged and gated.

Import `agents.audit.service.AuditService` for the stage; `agents.audit.registry` for the tools.
"""
