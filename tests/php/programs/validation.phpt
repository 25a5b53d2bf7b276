--TEST--
program: validation library (readonly DTOs, backed enums with interfaces and constants, match, exceptions with codes and previous, filter_var)
--FILE--
<?php
declare(strict_types=1);

interface HasLabel
{
    const PREFIX = 'lbl:';
    public function label(): string;
}

enum Country: string implements HasLabel
{
    case FR = 'fr';
    case DE = 'de';
    case US = 'us';

    const DEFAULT = self::FR;
    const EU = [self::FR, self::DE];

    public function label(): string
    {
        return self::PREFIX . match ($this) {
            self::FR => 'France',
            self::DE => 'Germany',
            self::US => 'United States',
        };
    }

    public function inEu(): bool
    {
        return in_array($this, self::EU, true);
    }

    public static function fromLabel(string $label): self
    {
        foreach (self::cases() as $case) {
            if ($case->label() === self::PREFIX . $label) {
                return $case;
            }
        }
        throw new ValueError("no country labelled \"$label\"");
    }
}

enum Severity: int
{
    case Notice = 1;
    case Error = 2;
    case Fatal = 3;

    public function worse(self $other): self
    {
        return $this->value >= $other->value ? $this : $other;
    }
}

final class ValidationError extends DomainException
{
    public function __construct(
        public readonly string $field,
        string $message,
        public readonly Severity $severity = Severity::Error,
        ?Throwable $previous = null,
    ) {
        parent::__construct("$field: $message", $severity->value * 100, $previous);
    }
}

final class ValidationFailed extends RuntimeException
{
    /** @param ValidationError[] $errors */
    public function __construct(public readonly array $errors)
    {
        $worst = array_reduce($errors, fn(?Severity $w, ValidationError $e) => $w?->worse($e->severity) ?? $e->severity);
        parent::__construct(count($errors) . ' error(s), worst ' . $worst->name, $worst->value);
    }
}

final class Address
{
    public function __construct(
        public readonly string $street,
        public readonly string $zip,
        public readonly Country $country,
    ) {}
}

final class Customer
{
    public function __construct(
        public readonly string $name,
        public readonly string $email,
        public readonly int $age,
        public readonly Address $address,
        public readonly array $tags = [],
    ) {}

    public function with(string $prop, mixed $value): static
    {
        $args = get_object_vars($this);
        $args[$prop] = $value;
        return new static(...$args);
    }
}

final class Validator
{
    private array $errors = [];

    public static function check(array $input): Customer
    {
        $v = new self();
        $name = $v->string($input, 'name', min: 2, max: 20);
        $email = $v->email($input, 'email');
        $age = $v->int($input, 'age', 18, 130);
        $country = $v->country($input['address']['country'] ?? null);
        $zip = $v->zip($input['address']['zip'] ?? '', $country);
        if ($v->errors) {
            throw new ValidationFailed($v->errors);
        }
        $tags = array_values(array_unique(array_map(strtolower(...), $input['tags'] ?? [])));
        return new Customer($name, $email, $age, new Address($input['address']['street'] ?? '', $zip, $country), $tags);
    }

    private function fail(string $field, string $msg, Severity $s = Severity::Error, ?Throwable $prev = null): void
    {
        $this->errors[] = new ValidationError($field, $msg, $s, $prev);
    }

    private function string(array $in, string $field, int $min = 0, int $max = PHP_INT_MAX): string
    {
        $value = trim((string) ($in[$field] ?? ''));
        $len = iconv_strlen($value, "UTF-8");
        match (true) {
            $len === 0 => $this->fail($field, 'is required', Severity::Fatal),
            $len < $min => $this->fail($field, "must be at least $min characters"),
            $len > $max => $this->fail($field, "must be at most $max characters", Severity::Notice),
            default => null,
        };
        return $value;
    }

    private function email(array $in, string $field): string
    {
        $value = $in[$field] ?? '';
        if (filter_var($value, FILTER_VALIDATE_EMAIL) === false) {
            $this->fail($field, sprintf('"%s" is not an email', $value));
        }
        return strtolower($value);
    }

    private function int(array $in, string $field, int $min, int $max): int
    {
        $raw = $in[$field] ?? null;
        $value = filter_var($raw, FILTER_VALIDATE_INT, ['options' => ['min_range' => $min, 'max_range' => $max]]);
        if ($value === false) {
            $this->fail($field, sprintf('must be an integer in [%d, %d], got %s', $min, $max, var_export($raw, true)));
            return 0;
        }
        return $value;
    }

    private function country(?string $code): Country
    {
        try {
            return Country::from((string) $code);
        } catch (ValueError $e) {
            $this->fail('country', 'unknown country', Severity::Notice, $e);
            return Country::DEFAULT;
        }
    }

    private function zip(string $zip, Country $c): string
    {
        $pattern = match ($c) {
            Country::FR, Country::DE => '/^\d{5}$/',
            Country::US => '/^\d{5}(-\d{4})?$/',
        };
        if (!preg_match($pattern, $zip)) {
            $this->fail('zip', "\"$zip\" is not a {$c->name} zip code");
        }
        return $zip;
    }
}

$inputs = [
    ['name' => 'Ada Lovelace', 'email' => 'ADA@Example.org', 'age' => '36', 'address' => ['street' => '12 rue X', 'zip' => '75001', 'country' => 'fr'], 'tags' => ['VIP', 'vip', 'Math']],
    ['name' => 'B', 'email' => 'nope', 'age' => 17, 'address' => ['zip' => '1234', 'country' => 'us']],
    ['name' => '', 'email' => 'x@y.z', 'age' => '1e2', 'address' => ['zip' => '12345', 'country' => 'xx']],
    ['name' => str_repeat('é', 25), 'email' => 'e@e.de', 'age' => 40, 'address' => ['zip' => '10115', 'country' => 'de']],
];

foreach ($inputs as $i => $input) {
    try {
        $c = Validator::check($input);
        printf("#%d ok: %s <%s> %d, %s %s (%s, EU: %s) tags=[%s]\n", $i, $c->name, $c->email, $c->age,
            $c->address->zip, $c->address->country->label(), $c->address->country->name,
            $c->address->country->inEu() ? 'yes' : 'no', implode(' ', $c->tags));
        $older = $c->with('age', $c->age + 1);
        echo "   older: {$older->age}, same address: ", var_export($older->address === $c->address, true), "\n";
        try {
            $c->age = 3;
        } catch (Error $e) {
            echo '   ', $e->getMessage(), "\n";
        }
    } catch (ValidationFailed $f) {
        printf("#%d failed (code %d): %s\n", $i, $f->getCode(), $f->getMessage());
        foreach ($f->errors as $e) {
            $prev = $e->getPrevious();
            printf("   [%s/%d] %s%s\n", $e->severity->name, $e->getCode(), $e->getMessage(),
                $prev ? ' <- ' . get_class($prev) . ': ' . $prev->getMessage() : '');
        }
    }
}

echo Country::fromLabel('Germany')->value, "\n";
try {
    Country::fromLabel('Mars');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(Country::tryFrom('us'), Country::tryFrom('uk'), Country::DEFAULT, Severity::from(2)->worse(Severity::Fatal));
var_dump(Country::US instanceof HasLabel, Country::US instanceof UnitEnum, Country::US instanceof BackedEnum);
echo json_encode(['countries' => Country::cases(), 'eu' => Country::EU, 'sev' => Severity::Notice]), "\n";
var_dump(array_map(fn(Severity $s) => $s->name, Severity::cases()));
--EXPECT--
#0 ok: Ada Lovelace <ada@example.org> 36, 75001 lbl:France (FR, EU: yes) tags=[vip math]
   older: 37, same address: true
   Cannot modify readonly property Customer::$age
#1 failed (code 2): 4 error(s), worst Error
   [Error/200] name: must be at least 2 characters
   [Error/200] email: "nope" is not an email
   [Error/200] age: must be an integer in [18, 130], got 17
   [Error/200] zip: "1234" is not a US zip code
#2 failed (code 3): 3 error(s), worst Fatal
   [Fatal/300] name: is required
   [Error/200] age: must be an integer in [18, 130], got '1e2'
   [Notice/100] country: unknown country <- ValueError: "xx" is not a valid backing value for enum Country
#3 failed (code 1): 1 error(s), worst Notice
   [Notice/100] name: must be at most 20 characters
de
no country labelled "Mars"
enum(Country::US)
NULL
enum(Country::FR)
enum(Severity::Fatal)
bool(true)
bool(true)
bool(true)
{"countries":["fr","de","us"],"eu":["fr","de"],"sev":1}
array(3) {
  [0]=>
  string(6) "Notice"
  [1]=>
  string(5) "Error"
  [2]=>
  string(5) "Fatal"
}
