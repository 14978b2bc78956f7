namespace DrAudit.Core.Model.Definition
{
    public enum ExerciseKind
    {
        Tabletop,
        Functional,
        Full,
    }
}
