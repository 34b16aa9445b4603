using System.Text.Json.Nodes;

namespace Authing.AspNetCore.Client;

/// <summary>The <c>variables</c> object of a GraphQL request; <see langword="null"/> values are left out, so only given fields are sent.</summary>
internal sealed class GraphQLVariables
{
    private readonly JsonObject values = [];
    private readonly List<string> sensitive = [];

    /// <summary>The variables as JSON.</summary>
    public JsonObject Json => values;

    /// <summary>The values that must never appear in an exception message or a log (secrets, passwords, tokens).</summary>
    public IReadOnlyList<string> SensitiveValues => sensitive;

    /// <summary>Adds a secret, password or token; Authing error texts that echo it are redacted.</summary>
    public GraphQLVariables AddSensitive(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sensitive.Add(value);
        }

        return Add(name, value);
    }

    public GraphQLVariables Add(string name, string? value)
    {
        if (value is not null)
        {
            values[name] = JsonValue.Create(value);
        }

        return this;
    }

    public GraphQLVariables Add(string name, bool? value)
    {
        if (value is { } flag)
        {
            values[name] = JsonValue.Create(flag);
        }

        return this;
    }

    public GraphQLVariables Add(string name, int? value)
    {
        if (value is { } number)
        {
            values[name] = JsonValue.Create(number);
        }

        return this;
    }

    public GraphQLVariables Add(string name, IEnumerable<string> items)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(JsonValue.Create(item));
        }

        values[name] = array;
        return this;
    }
}
