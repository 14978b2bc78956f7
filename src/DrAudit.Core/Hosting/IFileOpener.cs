namespace DrAudit.Core.Hosting
{
    /// <summary>Opens a file with whatever the user's system opens it with (a browser for report.html). -Show and --open
    /// go through this, so tests can record the call instead of opening anything.</summary>
    public interface IFileOpener
    {
        /// <summary>Starts the handler for <paramref name="path"/> and returns without waiting for it.</summary>
        void Open(string path);
    }
}
