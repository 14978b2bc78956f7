namespace DrAudit.Core.Tests.Auditing
{
    /// <summary>Paths of the engine's fixtures (tests/DrAudit.Core.Tests/Fixtures/engine, copied beside the tests).</summary>
    public static class EngineFixtures
    {
        public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "engine");

        /// <summary>Two services, an inventory source that reads and one that does not, a restore-test file, an expired exception.</summary>
        public static string GoodClient => Path.Combine(Folder, "good", "client.yaml");

        /// <summary>A definition with an unknown key on line 10.</summary>
        public static string InvalidClient => Path.Combine(Folder, "invalid", "client.yaml");
    }
}
