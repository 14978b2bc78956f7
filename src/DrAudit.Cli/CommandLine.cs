namespace DrAudit.Cli
{
    /// <summary>A parsed command line: the command, its positional arguments and its options ("--out dir", "--force").</summary>
    public sealed class CommandLine
    {
        private readonly Dictionary<string, string?> _options;

        private CommandLine(string command, List<string> positionals, Dictionary<string, string?> options)
        {
            Command = command;
            Positionals = positionals;
            _options = options;
        }

        public string Command { get; }
        public IReadOnlyList<string> Positionals { get; }

        /// <summary>Parses <paramref name="args"/> for a command whose options taking a value are
        /// <paramref name="valueOptions"/> and whose switches are <paramref name="switches"/>.</summary>
        public static CommandLine Parse(string command, IEnumerable<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> switches)
        {
            var positionals = new List<string>();
            var options = new Dictionary<string, string?>(StringComparer.Ordinal);
            var queue = new Queue<string>(args);
            while (queue.Count > 0)
            {
                var arg = queue.Dequeue();
                if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
                {
                    positionals.Add(arg);
                    continue;
                }
                string name = arg, value = "";
                var equals = arg.IndexOf('=');
                if (equals > 0) { name = arg.Substring(0, equals); value = arg.Substring(equals + 1); }
                if (options.ContainsKey(name)) throw new CliUsageException($"{name} is given more than once.");
                if (valueOptions.Contains(name))
                {
                    if (equals < 0)
                    {
                        if (queue.Count == 0 || queue.Peek().StartsWith("--", StringComparison.Ordinal))
                            throw new CliUsageException($"{name} needs a value.");
                        value = queue.Dequeue();
                    }
                    if (value.Length == 0) throw new CliUsageException($"{name} needs a value.");
                    options[name] = value;
                }
                else if (switches.Contains(name) && equals < 0)
                    options[name] = null;
                else
                    throw new CliUsageException($"'{command}' has no option {name}. Run 'draudit {command} --help'.");
            }
            return new CommandLine(command, positionals, options);
        }

        public bool Has(string option) => _options.ContainsKey(option);

        public string? Value(string option) => _options.TryGetValue(option, out var v) ? v : null;

        /// <summary>The single positional argument <paramref name="what"/>; a usage error when missing or repeated.</summary>
        public string Single(string what)
        {
            if (Positionals.Count == 1) return Positionals[0];
            throw new CliUsageException(Positionals.Count == 0
                ? $"'{Command}' needs {what}."
                : $"'{Command}' takes one {what}, not {Positionals.Count}: {string.Join(" ", Positionals)}.");
        }
    }
}
