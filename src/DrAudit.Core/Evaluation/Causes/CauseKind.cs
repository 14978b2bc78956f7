namespace DrAudit.Core.Evaluation.Causes
{
    /// <summary>The kinds of root cause DrAudit recognises (controls.md "Root causes"). The order is the tie-break
    /// when two causes explain equally many findings: the cause that explains more of what follows comes first.</summary>
    public enum CauseKind
    {
        /// <summary>A source could not be read; it explains every NoVisibility that follows from it.</summary>
        SourceUnreadable,
        /// <summary>A component needing backup has no enabled backup job.</summary>
        NoBackupJob,
        /// <summary>A component's newest good restore point is older than its RPO (or it has none although a job exists).</summary>
        OutOfDate,
        /// <summary>A component has no good point off the production site, or none out of reach of production.</summary>
        NoOffsiteCopy,
        /// <summary>A repository holding good points is not encrypted.</summary>
        RepositoryNotEncrypted,
        /// <summary>A repository holding good points is not immutable for the retention it holds.</summary>
        RepositoryNotImmutable,
        /// <summary>An exercise action is past its due date and still open (DR-13 for every service).</summary>
        OverdueExerciseAction,
        /// <summary>Access statements nobody has attested (E8-RB-05..10).</summary>
        AccessNotAttested,
        /// <summary>An access statement attested as false.</summary>
        AccessNotMet,
        /// <summary>A service whose recovery targets are unapproved or stale (DR-01).</summary>
        TargetsNotApproved,
        /// <summary>A service with no qualifying, recent or fast enough restore test (E8-RB-04, DR-04, DR-05, DR-06).</summary>
        RestoreTesting,
        /// <summary>The backup server's own configuration backup (DR-15).</summary>
        BackupServerConfiguration,
        /// <summary>Workloads in the environment that nothing accounts for (DR-16).</summary>
        UnaccountedWorkloads,
        /// <summary>A finding that shares its cause with no other: a root cause of its own.</summary>
        Finding,
    }
}
