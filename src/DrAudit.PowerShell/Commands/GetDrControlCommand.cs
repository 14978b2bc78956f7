using System.Linq;
using System.Management.Automation;
using DrAudit.Core.Catalogue;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Get-DrControl: the control catalogue (Essential Eight Regular backups and DR readiness).</summary>
    [Cmdlet(VerbsCommon.Get, "DrControl")]
    [OutputType(typeof(ControlDefinition))]
    public sealed class GetDrControlCommand : DrAuditCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.ControlIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        // Kept in an object field: PowerShell lists the module's public types before the module initializer makes
        // DrAudit.Core loadable, and a field of a DrAudit.Core value type would need DrAudit.Core to lay the type out.
        private object? _family;

        [Parameter]
        public ControlFamily? Family
        {
            get => (ControlFamily?)_family;
            set => _family = value;
        }

        protected override void ProcessRecord()
        {
            var catalogue = ControlCatalogue.Default.Controls;
            if (Id == null)
            {
                foreach (var control in catalogue.Where(InFamily)) WriteObject(control);
                return;
            }

            foreach (var id in Id)
            {
                var pattern = new WildcardPattern(id, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
                var matches = catalogue.Where(c => pattern.IsMatch(c.Id)).ToList();
                // Only a plain id that names no control at all is an error; a family filter may leave nothing to show.
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(id))
                    WriteError(DrAuditErrors.ControlNotFound(id));
                foreach (var control in matches.Where(InFamily)) WriteObject(control);
            }
        }

        private bool InFamily(ControlDefinition control) => Family == null || control.Family == Family.Value;
    }
}
