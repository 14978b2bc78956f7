using System;
using System.Globalization;
using DrAudit.Core.Text;

namespace DrAudit.PowerShell.Formatting
{
    /// <summary>
    /// What the format file's views print. Every value a view shows passes through <see cref="Show"/>, so a job name,
    /// run message, client name or file name carrying ESC sequences or other control characters cannot clear the screen
    /// or fake text when a result is shown at the prompt, through Format-Table or Format-List (the objects themselves
    /// keep their data exactly; only what is printed is neutralised, by <see cref="SafeText.ForConsole"/>).
    /// </summary>
    public static class ConsoleText
    {
        /// <summary>The value as text fit for a terminal; null stays null so empty cells stay empty.</summary>
        public static string? Show(object? value)
        {
            if (value == null) return null;
            var text = value as string ?? Convert.ToString(value, CultureInfo.CurrentCulture);
            return SafeText.ForConsole(text);
        }
    }
}
