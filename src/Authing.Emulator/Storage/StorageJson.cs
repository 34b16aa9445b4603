using System.Text.Json;
using System.Text.Json.Serialization;
using Authing.Emulator.Invitations;
using Authing.Emulator.Mfa;
using Authing.Emulator.Outbox;
using Authing.Emulator.Pools;
using Authing.Emulator.Social;
using Authing.Emulator.Users;

namespace Authing.Emulator.Storage;

/// <summary>The JSON shape of stored documents.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UserPool))]
[JsonSerializable(typeof(EmulatorUser))]
[JsonSerializable(typeof(LoginHistoryEntry))]
[JsonSerializable(typeof(OAuthBinding))]
[JsonSerializable(typeof(InvitationState))]
[JsonSerializable(typeof(OutboxMessage))]
[JsonSerializable(typeof(MfaSettings))]
internal sealed partial class StorageJson : JsonSerializerContext;
