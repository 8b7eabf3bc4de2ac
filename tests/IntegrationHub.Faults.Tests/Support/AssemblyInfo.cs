// Every test class kills and restarts the private servers: one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
