using System.Collections.Frozen;

namespace Authing.AspNetCore.Client;

/// <summary>The GraphQL documents, read once from the assembly's embedded <c>Client/Operations/*.graphql</c> resources.</summary>
internal static class OperationDocuments
{
    private static readonly FrozenDictionary<string, string> Documents = AuthingOperations.All
        .Select(operation => operation.Resource)
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(resource => resource, Load, StringComparer.Ordinal);

    /// <summary>The document text of an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The GraphQL document.</returns>
    public static string Get(GraphQLOperation operation) => Documents[operation.Resource];

    private static string Load(string resource)
    {
        var name = $"Authing.AspNetCore.Client.Operations.{resource}.graphql";
        using var stream = typeof(OperationDocuments).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded GraphQL document '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
