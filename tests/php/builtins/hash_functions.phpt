--TEST--
ext/hash: hash(), hash_hmac(), incremental contexts, hash_file(), hash_pbkdf2(), hash_equals()
--FILE--
<?php
// Every algorithm miniphp provides (tiger, snefru, gost and haval are not).
$algos = ['md2', 'md4', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512/224', 'sha512/256', 'sha512',
    'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd128', 'ripemd160', 'ripemd256', 'ripemd320',
    'whirlpool', 'adler32', 'crc32', 'crc32b', 'crc32c', 'fnv132', 'fnv1a32', 'fnv164', 'fnv1a64', 'joaat',
    'murmur3a', 'murmur3c', 'murmur3f', 'xxh32', 'xxh64', 'xxh3', 'xxh128'];
var_dump(array_values(array_intersect(hash_algos(), $algos)) === $algos);
foreach ($algos as $algo) {
    echo str_pad($algo, 11), hash($algo, ''), ' ', hash($algo, 'The quick brown fox jumps over the lazy dog'), "\n";
}
foreach (['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'ripemd160', 'whirlpool'] as $algo) {
    echo $algo, ' ', hash_hmac($algo, 'data', 'key'), ' ', hash_hmac($algo, 'data', str_repeat('k', 200)), "\n";
}
var_dump(bin2hex(hash('sha256', 'abc', true)), strlen(hash('sha512', 'abc', true)), hash('SHA256', 'x') === hash('sha256', 'x'));
$ctx = hash_init('sha256');
hash_update($ctx, 'The quick brown fox ');
$copy = hash_copy($ctx);
hash_update($ctx, 'jumps over the lazy dog');
echo hash_final($ctx), ' ', hash_final($copy), "\n";
$ctx = hash_init('crc32b');
hash_update($ctx, 'hel'); hash_update($ctx, 'lo');
echo hash_final($ctx), "\n";
$ctx = hash_init('sha1', HASH_HMAC, 'secret');
hash_update($ctx, 'payload');
echo hash_final($ctx), ' ', hash_hmac('sha1', 'payload', 'secret'), "\n";
try { hash_update($ctx, 'more'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($ctx instanceof HashContext);
try { hash('nope', 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hmac('crc32b', 'x', 'k'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_init('md5', HASH_HMAC); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo hash_pbkdf2('sha256', 'password', 'salt', 1000), "\n";
echo hash_pbkdf2('sha1', 'password', 'salt', 2, 20), ' ', bin2hex(hash_pbkdf2('sha1', 'password', 'salt', 2, 10, true)), "\n";
try { hash_pbkdf2('sha1', 'p', 's', 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(hash_equals('abc', 'abc'), hash_equals('abc', 'abd'), hash_equals('abc', 'ab'));
try { hash_equals(1, 'a'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = tempnam(sys_get_temp_dir(), 'h');
file_put_contents($f, 'file body');
echo hash_file('md5', $f), ' ', md5_file($f), ' ', sha1_file($f), ' ', hash_hmac_file('sha256', $f, 'k'), "\n";
unlink($f);
var_dump(@md5_file('/nonexistent/file'), crc32('The quick brown fox jumped over the lazy dog.'));
?>
--EXPECT--
bool(true)
md2        8350e5a3e24c153df2275c9f80692773 03d85a0d629d2c442e987525319fc471
md4        31d6cfe0d16ae931b73c59d7e0c089c0 1bee69a46ba811185c194762abaeae90
md5        d41d8cd98f00b204e9800998ecf8427e 9e107d9d372bb6826bd81d3542a419d6
sha1       da39a3ee5e6b4b0d3255bfef95601890afd80709 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
sha224     d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525
sha256     e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
sha384     38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1
sha512/224 6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4 944cd2847fb54558d4775db0485a50003111c8e5daa63fe722c6aa37
sha512/256 c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a dd9d67b371519c339ed8dbd25af90e976a1eeefd4ad3d889005e532fc5bef04d
sha512     cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6
sha3-224   6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7 d15dadceaa4d5d7bb3b48f446421d542e08ad8887305e28d58335795
sha3-256   a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a 69070dda01975c8c120c3aada1b282394e7f032fa9cf32f4cb2259a0897dfc04
sha3-384   0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004 7063465e08a93bce31cd89d2e3ca8f602498696e253592ed26f07bf7e703cf328581e1471a7ba7ab119b1a9ebdf8be41
sha3-512   a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26 01dedd5de4ef14642445ba5f5b97c15e47b9ad931326e4b0727cd94cefc44fff23f07bf543139939b49128caf436dc1bdee54fcb24023a08d9403f9b4bf0d450
ripemd128  cdf26213a150dc3ecb610f18f6b38b46 3fa9b57f053c053fbe2735b2380db596
ripemd160  9c1185a5c5e9fc54612808977ee8f548b2258d31 37f332f68db77bd9d7edd4969571ad671cf9dd3b
ripemd256  02ba4c4e5f8ecd1877fc52d64d30e37a2d9774fb1e5d026380ae0168e3c5522d c3b0c2f764ac6d576a6c430fb61a6f2255b4fa833e094b1ba8c1e29b6353036f
ripemd320  22d65d5661536cdc75c1fdf5c6de7b41b9f27325ebc61e8557177d705a0ec880151c3a32a00899b8 e7660e67549435c62141e51c9ab1dcc3b1ee9f65c0b3e561ae8f58c5dba3d21997781cd1cc6fbc34
whirlpool  19fa61d75522a4669b44e39c1d2e1726c530232130d407f89afee0964997f7a73e83be698b288febcf88e3e03c4f0757ea8964e59b63d93708b138cc42a66eb3 b97de512e91e3828b40d2b0fdce9ceb3c4a71f9bea8d88e75c4fa854df36725fd2b52eb6544edcacd6f8beddfea403cb55ae31f03ad62a5ef54e42ee82c3fb35
adler32    00000001 5bdc0fda
crc32      00000000 61ee9d45
crc32b     00000000 414fa339
crc32c     00000000 22620404
fnv132     811c9dc5 e9c86c6e
fnv1a32    811c9dc5 048fff90
fnv164     cbf29ce484222325 a8b2f3117de37ace
fnv1a64    cbf29ce484222325 f3f9b7f5e7e47110
joaat      00000000 519e91f5
murmur3a   00000000 2e4ff723
murmur3c   00000000000000000000000000000000 2f1583c3ecee2c675d7bf66ce5e91d2c
murmur3f   00000000000000000000000000000000 e34bbc7bbc071b6c7a433ca9c49a9347
xxh32      02cc5d05 e85ea4de
xxh64      ef46db3751d8e999 0b242d361fda71bc
xxh3       2d06800538d394c2 ce7d19a5418fb365
xxh128     99aa06d3014798d86001c324468d497f ddd650205ca3e7fa24a1cc2e3a8a7651
md5 9d5c73ef85594d34ec4438b7c97e51d8 724bc5854c8911d8221b1b48ac58ffda
sha1 104152c5bfdca07bc633eebd46199f0255c9f49d 25d441286313849e132956d254784282bd8e8afd
sha256 5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0 0163658d479ec73f2b801df07141db1426aaae2c6b5e8e6d9e6789f92f5e2b4f
sha512 3c5953a18f7303ec653ba170ae334fafa08e3846f2efe317b87efce82376253cb52a8c31ddcde5a3a2eee183c2b34cb91f85e64ddbc325f7692b199473579c58 854e242c54ce5f31621a1f809881b3439c0a77fd594dc546b9b3a957cf6f7b5475a1302be9fde1ece18531982eaa2141907c8b2fbd8bec2e5b19b8312ace3f2b
sha3-256 b102a8999ec7667682d13c250db75c1fe88632bc807d915ecb7599375c2a393a 5e2cc697c8296e59f4328b1bc437bd4b7710b829d7a500fab14b88925bfcd595
ripemd160 ce21db67993ef780d55c61bde46dcf53ecf0e138 e9064cf6d073f5868cb56d41efbf2fe903ba5005
whirlpool b4e2eda195b73dc575dba976e026d21b7e78d1d76e7995e76c1a1459e2010e1c6c653f2eedb0f08f9b6ae0b0be8af6e8c05d971498cada9bd50974ecbcde1562 ba8fb2c2a5664cbccd9ac2cd39f9f2636d040bd6bddfadafc725ff3e4d75343e778c0383d90d73fdc434b76d30be55c663dde78fdaabb142b275d355a710fcd7
string(64) "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
int(64)
bool(true)
d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592 b29d66e56ed90cce9b0165c43fedec612b60a071974d8be4513e18580d55b5bd
3610a686
f75efc0f29bf50c23f99b30b86f7c78fdaf5f11d f75efc0f29bf50c23f99b30b86f7c78fdaf5f11d
hash_update(): Argument #1 ($context) must be a valid, non-finalized HashContext
bool(true)
hash(): Argument #1 ($algo) must be a valid hashing algorithm
hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3
ea6c014dc72d6f8ccd1e ea6c014dc72d6f8ccd1e
hash_pbkdf2(): Argument #4 ($iterations) must be greater than 0
bool(true)
bool(false)
bool(false)
hash_equals(): Argument #1 ($known_string) must be of type string, int given
c63eceea886927f78a294d09eadfd64c c63eceea886927f78a294d09eadfd64c 26cab9eb8b2b4f54d2354e549615fb0dcb5403c7 6f2f1e21a6c7f2ea746c2d5762576d582e805699204d3e17afd2bed199e5d729
bool(false)
int(2191738434)
