using Authing.Emulator.Keys;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Emulator.Users;

namespace Authing.Emulator.Tests.Storage;

public sealed class RestartTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "authing-emulator-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Acknowledged_write_survives_a_restart()
    {
        string userId;
        string publicKey;
        using (var first = new EmulatorFactory { DataFolder = folder })
        {
            publicKey = first.Service<EmulatorKeys>().PublicKeyPem;
            var user = await first.Service<UserService>().RegisterAsync(
                new RegisterRequest { PoolId = EmulatorFactory.PoolId, Email = "keep@example.com", Password = PasswordEncryption.Encrypt(publicKey, "pw") },
                null,
                CancellationToken.None);
            userId = user.Id;
        }

        using var second = new EmulatorFactory { DataFolder = folder };
        var pool = second.Service<Authing.Emulator.Pools.UserPoolDirectory>().Get(EmulatorFactory.PoolId);
        var found = await second.Service<UserService>().GetAsync(pool, userId, CancellationToken.None);

        Assert.Equal("keep@example.com", found.Email);
        Assert.Equal(publicKey, second.Service<EmulatorKeys>().PublicKeyPem);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
