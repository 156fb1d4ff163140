"""One Prefect task per stage: retry policy, events, artifacts and persistence; logic lives in agents/."""
