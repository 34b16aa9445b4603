namespace Authing.Emulator.Ldap;

/// <summary>What a directory login records about the client: its IP, browser and device.</summary>
internal sealed record DirectoryClient(string? Ip, string? Browser, string? Device);
