using System.Collections;
using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>CompleteValue (spec §6.4.3) and the handling of field errors (§6.4.4).</summary>
internal sealed partial class OperationExecutor
{
    private async Task<Completed> CompleteAsync(GraphQLType type, List<FieldNode> nodes, object? value, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = await CompleteNullableAsync(nonNull.OfType, nodes, value, path).ConfigureAwait(false);
            if (!inner.Failed && inner.Value is null)
            {
                errors.Add(new GraphQLError(
                    JsonValue.Create($"Cannot return null for non-nullable field {FieldLabel(path, nodes)}."),
                    Locations(nodes),
                    path));
            }

            return inner.Value is null ? Completed.Failure : inner;
        }

        var completed = await CompleteNullableAsync(type, nodes, value, path).ConfigureAwait(false);
        return completed.Failed ? Completed.Null : completed;
    }

    private async Task<Completed> CompleteNullableAsync(GraphQLType type, List<FieldNode> nodes, object? value, ResponsePath path)
    {
        if (value is null)
        {
            return Completed.Null;
        }

        switch (type)
        {
            case ListType listType:
                return await CompleteListAsync(listType, nodes, value, path).ConfigureAwait(false);
            case ObjectType objectType:
                var fields = Collect(objectType, nodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>(), Locations(nodes), path);
                return fields is null ? Completed.Failure : await ExecuteFieldsAsync(objectType, value, fields, path).ConfigureAwait(false);
            default:
                var serialized = OutputSerialization.Serialize(type.Named, value);
                if (serialized is null)
                {
                    errors.Add(new GraphQLError(
                        JsonValue.Create($"{type.Named.Name} cannot represent value returned by {FieldLabel(path, nodes)}."),
                        Locations(nodes),
                        path));
                    return Completed.Failure;
                }

                return new Completed(serialized, false);
        }
    }

    private async Task<Completed> CompleteListAsync(ListType type, List<FieldNode> nodes, object value, ResponsePath path)
    {
        if (value is not IEnumerable items || value is string)
        {
            errors.Add(new GraphQLError(
                JsonValue.Create($"Expected a list for field {FieldLabel(path, nodes)}."),
                Locations(nodes),
                path));
            return Completed.Failure;
        }

        var result = new JsonArray();
        var index = 0;
        foreach (var item in items)
        {
            var completed = await CompleteAsync(type.OfType, nodes, item, ResponsePath.Index(path, index++)).ConfigureAwait(false);
            if (completed.Failed)
            {
                return Completed.Failure;
            }

            result.Add(completed.Value);
        }

        return new Completed(result, false);
    }

    private static string FieldLabel(ResponsePath path, List<FieldNode> nodes) => $"\"{nodes[0].Name}\" at {path.ToJson().ToJsonString()}";
}
