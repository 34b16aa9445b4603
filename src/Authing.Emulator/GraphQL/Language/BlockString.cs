namespace Authing.Emulator.GraphQL.Language;

/// <summary>The spec's BlockStringValue algorithm: common indentation and blank first/last lines are removed.</summary>
internal static class BlockString
{
    public static string Dedent(string raw)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        int? commonIndent = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        var result = new List<string>(lines);
        if (commonIndent is { } common)
        {
            for (var i = 1; i < result.Count; i++)
            {
                result[i] = result[i].Length < common ? string.Empty : result[i][common..];
            }
        }

        while (result.Count > 0 && IsBlank(result[0]))
        {
            result.RemoveAt(0);
        }

        while (result.Count > 0 && IsBlank(result[^1]))
        {
            result.RemoveAt(result.Count - 1);
        }

        return string.Join('\n', result);
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;
}
