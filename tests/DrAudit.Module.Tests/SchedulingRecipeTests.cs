using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>
/// docs/scheduling.md's Task Scheduler recipe binds: each Register-ScheduledTask call, parsed with the PowerShell parser,
/// uses the parameters of exactly one of the cmdlet's documented parameter sets and gives that set's mandatory ones.
/// (The ScheduledTasks module is Windows-only, so its sets are written here as Microsoft documents them.)
/// </summary>
public sealed class SchedulingRecipeTests
{
    private static readonly string[] Common = { "CimSession", "ThrottleLimit", "AsJob", "Force", "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm" };

    /// <summary>Register-ScheduledTask's documented parameter sets: (parameters, mandatory ones).</summary>
    private static readonly Dictionary<string, (string[] All, string[] Mandatory)> Sets = new()
    {
        ["User"] = (new[] { "TaskName", "TaskPath", "Action", "Description", "Settings", "Trigger", "User", "Password", "RunLevel" }, new[] { "TaskName", "Action" }),
        ["Principal"] = (new[] { "TaskName", "TaskPath", "Action", "Description", "Settings", "Trigger", "Principal" }, new[] { "TaskName", "Action" }),
        ["Object"] = (new[] { "TaskName", "TaskPath", "InputObject", "User", "Password" }, new[] { "TaskName", "InputObject" }),
        ["Xml"] = (new[] { "TaskName", "TaskPath", "Xml", "User", "Password" }, new[] { "TaskName", "Xml" }),
    };

    [Fact]
    public void Every_Register_ScheduledTask_in_the_scheduling_guide_binds_to_one_documented_parameter_set()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "scheduling.md"));
        var blocks = Regex.Matches(guide, "```powershell\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        var calls = blocks.SelectMany(RegisterCalls).ToList();

        Assert.True(calls.Count >= 2, "Expected the password recipe and the gMSA recipe.");
        foreach (var parameters in calls)
            Assert.True(MatchingSets(parameters).Count == 1, "Register-ScheduledTask " + string.Join(" ", parameters.Select(p => "-" + p)) + " binds to no single documented parameter set.");
    }

    [Fact]
    public void The_checker_rejects_Principal_together_with_User_and_Password()
    {
        var parameters = RegisterCalls("Register-ScheduledTask -TaskName t -Action $a -Principal $p -User u -Password x").Single();

        Assert.Empty(MatchingSets(parameters));
    }

    private static List<string> MatchingSets(IReadOnlyList<string> parameters) =>
        Sets.Where(set => parameters.Where(p => !Common.Contains(p)).All(p => set.Value.All.Contains(p, StringComparer.OrdinalIgnoreCase))
                          && set.Value.Mandatory.All(m => parameters.Contains(m, StringComparer.OrdinalIgnoreCase)))
            .Select(set => set.Key).ToList();

    /// <summary>The named parameters of each Register-ScheduledTask command in a script (no positional arguments allowed).</summary>
    private static IEnumerable<IReadOnlyList<string>> RegisterCalls(string script)
    {
        var ast = Parser.ParseInput(script, out _, out var errors);
        Assert.Empty(errors);
        foreach (var command in ast.FindAll(a => a is CommandAst c && c.GetCommandName() == "Register-ScheduledTask", true).Cast<CommandAst>())
        {
            var elements = command.CommandElements.Skip(1).ToList();
            var names = elements.OfType<CommandParameterAst>().Select(p => p.ParameterName).ToList();
            var positional = elements.Count(e => e is not CommandParameterAst && !(elements.IndexOf(e) > 0 && elements[elements.IndexOf(e) - 1] is CommandParameterAst { Argument: null }));
            Assert.True(positional == 0, "The recipe passes a positional argument to Register-ScheduledTask: " + command.Extent.Text);
            yield return names;
        }
    }
}
