using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

/// <summary>
/// Every GraphQL document of the seed API pages (all renderings), sent verbatim with variables of the declared
/// types, is accepted: any error is a business error (<c>{code, message}</c>), never a syntax or validation error.
/// </summary>
public sealed partial class SeedDocumentTests(EmulatorFactory factory) : IClassFixture<EmulatorFactory>
{
    private const string PoolId = EmulatorFactory.PoolId;

    private static readonly string[] OAuthOperations = ["ReadOauthList", "notBindOAuthList", "LoginByLDAP"];

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in JsonNode.Parse(File.ReadAllText(FixturePath()))!.AsArray())
        {
            data.Add((string)document!["source"]! + "/" + (string)document["name"]!, (string)document["query"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Seed_document_is_accepted_verbatim(string name, string query)
    {
        var gateway = OAuthOperations.Any(operation => query.Contains(operation + "(", StringComparison.Ordinal)) ? GraphQLHttp.OAuthGateway : GraphQLHttp.UsersGateway;

        using var client = factory.CreateClient();
        var body = await client.PostGraphQLAsync(query, VariablesFor(query), await client.OwnerTokenAsync(), gateway);

        var nonBusiness = body["errors"]?.AsArray().Where(error => error!["message"] is not JsonObject).ToList() ?? [];
        Assert.True(nonBusiness.Count == 0, name + ": " + string.Join(" | ", nonBusiness.Select(error => error!.ToJsonString())));
    }

    private static JsonObject VariablesFor(string query)
    {
        var variables = new JsonObject();
        foreach (Match match in VariableDefinition().Matches(query))
        {
            var (name, type) = (match.Groups["name"].Value, match.Groups["type"].Value.TrimEnd('!'));
            variables[name] = type switch
            {
                "Int" => 1,
                "Boolean" => false,
                "[String]" => new JsonArray(PoolId),
                _ => PoolId,
            };
        }

        return variables;
    }

    private static string FixturePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Authing.Emulator.Tests", "SeedDocuments", "seed-documents.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seed-documents.json was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$(?<name>\w+)\s*:\s*(?<type>\[?\w+!?\]?!?)")]
    private static partial Regex VariableDefinition();
}
