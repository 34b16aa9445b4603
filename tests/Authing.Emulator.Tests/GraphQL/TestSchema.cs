using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.Tests.GraphQL;

/// <summary>A small schema exercising every kind of type: users with a nested object, an enum, an input object.</summary>
internal static class TestSchema
{
    public sealed record User(string Id, string Name, Role Role, string? Email);

    public enum Role
    {
        ADMIN,
        MEMBER,
    }

    public static EnumType RoleType { get; } = new("Role", [new EnumValueDefinition("ADMIN"), new EnumValueDefinition("MEMBER"), new EnumValueDefinition("GUEST", DeprecationReason: "Use MEMBER.")]);

    public static InputObjectType FilterType { get; } = new(
        "UserFilter",
        [
            new InputValueDefinition("name", ScalarType.String),
            new InputValueDefinition("role", RoleType) { DefaultValue = "MEMBER" },
            new InputValueDefinition("limit", ScalarType.Int.NonNull()),
        ]);

    public static GraphQLSchema Create(List<string>? log = null)
    {
        var users = new List<User> { new("1", "Ann", Role.ADMIN, "ann@example.com"), new("2", "Bob", Role.MEMBER, null) };
        var user = new ObjectType("User", "A person.")
            .Field<User>("id", ScalarType.ID.NonNull(), u => u.Id)
            .Field<User>("name", ScalarType.String.NonNull(), u => u.Name)
            .Field<User>("role", RoleType.NonNull(), u => u.Role)
            .Field<User>("email", ScalarType.String, u => u.Email)
            .Field<User>("emailRequired", ScalarType.String.NonNull(), u => u.Email);
        user.AddField(new FieldDefinition("friend", user, c => ValueTask.FromResult<object?>(users[1])));
        user.AddField(new FieldDefinition("oldName", ScalarType.String, c => ValueTask.FromResult<object?>("old")) { DeprecationReason = "Use name." });

        var query = new ObjectType("Query")
            .AddField(new FieldDefinition("users", user.NonNull().List().NonNull(), _ => ValueTask.FromResult<object?>(users)))
            .AddField(new FieldDefinition("user", user, c => ValueTask.FromResult<object?>(users.Find(u => u.Id == c.GetArgument<string>("id"))))
            {
                Arguments = [new InputValueDefinition("id", ScalarType.ID.NonNull())],
            })
            .AddField(new FieldDefinition("echo", ScalarType.String, c => ValueTask.FromResult<object?>(Describe(c)))
            {
                Arguments =
                [
                    new InputValueDefinition("text", ScalarType.String),
                    new InputValueDefinition("number", ScalarType.Int),
                    new InputValueDefinition("ratio", ScalarType.Float),
                    new InputValueDefinition("flag", ScalarType.Boolean),
                    new InputValueDefinition("id", ScalarType.ID),
                    new InputValueDefinition("role", RoleType),
                    new InputValueDefinition("list", ScalarType.Int.NonNull().List()),
                    new InputValueDefinition("filter", FilterType),
                    new InputValueDefinition("withDefault", ScalarType.String) { DefaultValue = "fallback" },
                ],
            })
            .AddField(new FieldDefinition("fail", ScalarType.String, _ => throw new GraphQLFieldException(new JsonObject { ["code"] = 2020, ["message"] = "未登录" })))
            .AddField(new FieldDefinition("failRequired", ScalarType.String.NonNull(), _ => throw new GraphQLFieldException("boom")))
            .AddField(new FieldDefinition("crash", ScalarType.String, _ => throw new InvalidOperationException("secret detail")))
            .AddField(new FieldDefinition("state", ScalarType.String, c => ValueTask.FromResult<object?>(c.RequestState?.ToString())))
            .AddField(new FieldDefinition("numbers", ScalarType.Int.List(), _ => ValueTask.FromResult<object?>(new object?[] { 1, 2L, null })))
            .AddField(new FieldDefinition("strictNumbers", ScalarType.Int.NonNull().List(), _ => ValueTask.FromResult<object?>(new object?[] { 1, null })));

        var mutation = new ObjectType("Mutation")
            .AddField(new FieldDefinition("append", ScalarType.String.NonNull().List().NonNull(), async c =>
            {
                await Task.Yield();
                log?.Add(c.GetArgument<string>("text")!);
                return log?.ToList();
            })
            {
                Arguments = [new InputValueDefinition("text", ScalarType.String.NonNull())],
            });
        return new GraphQLSchema(query, mutation);
    }

    /// <summary>Shows how each argument arrived: absent arguments are left out, null ones print as null.</summary>
    private static string Describe(ResolveContext context)
        => string.Join(";", context.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Show(a.Value)}"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        IReadOnlyDictionary<string, object?> fields => "{" + string.Join(",", fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}:{Show(f.Value)}")) + "}",
        IEnumerable<object?> items => "[" + string.Join(",", items.Select(Show)) + "]",
        IFormattable f => $"{f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}:{value.GetType().Name}",
        _ => value.ToString() ?? "?",
    };
}
