using Microsoft.AspNetCore.Connections.Features;

namespace Authing.Benchmarks;

/// <summary>The items of the one connection every benchmark request arrives on, as Kestrel gives each connection.</summary>
internal sealed class KeptAliveConnection : IConnectionItemsFeature
{
    public IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
}
