namespace Authing.Emulator.GraphQL.Execution;

/// <summary>Adds to dictionaries of lists, as used to group fields by response name.</summary>
internal static class GroupedDictionary
{
    public static void AddToGroup<TKey, TValue>(this IDictionary<TKey, List<TValue>> groups, TKey key, TValue value)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = [];
            groups.Add(key, group);
        }

        group.Add(value);
    }
}
