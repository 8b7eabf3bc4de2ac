// Each test class starts its own Worker process; on two cores they run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
