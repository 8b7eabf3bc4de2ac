// Each test class starts its own Worker and Console processes and a browser; on two cores they run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
