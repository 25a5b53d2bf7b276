--TEST--
program: descriptive statistics over a seeded sample: percentiles, histogram, regression, float printing at several precisions, seeded shuffles
--FILE--
<?php
// Descriptive statistics over a seeded sample: mean/median/mode, variance, percentiles (linear interpolation),
// z-scores, histogram bars, correlation and least-squares fit, float printing at several precisions
mt_srand(42);
$xs = []; for ($i = 0; $i < 200; $i++) $xs[] = round(50 + 15 * (mt_rand() / mt_getrandmax() - 0.5) * 2 + mt_rand(0, 10) / 3, 2);
$ys = array_map(fn($x, $i) => round(2.5 * $x - 30 + (($i * 7919) % 23) - 11, 2), $xs, array_keys($xs));
function mean(array $a): float { return array_sum($a) / count($a); }
function median(array $a): float { sort($a); $n = count($a); return $n % 2 ? $a[intdiv($n, 2)] : ($a[$n / 2 - 1] + $a[$n / 2]) / 2; }
function variance(array $a, bool $sample = true): float { $m = mean($a); return array_sum(array_map(fn($x) => ($x - $m) ** 2, $a)) / (count($a) - ($sample ? 1 : 0)); }
function percentile(array $a, float $p): float { sort($a); $r = ($p / 100) * (count($a) - 1); $lo = (int)floor($r); $hi = (int)ceil($r); return $a[$lo] + ($a[$hi] - $a[$lo]) * ($r - $lo); }
function mode(array $a): array { $c = array_count_values(array_map(fn($x) => (string)round($x), $a)); arsort($c); $top = reset($c); return array_keys(array_filter($c, fn($n) => $n === $top)); }
printf("n=%d min=%.2f max=%.2f mean=%.4f median=%.2f sd=%.4f psd=%.4f\n", count($xs), min($xs), max($xs), mean($xs), median($xs), sqrt(variance($xs)), sqrt(variance($xs, false)));
foreach ([0, 5, 25, 50, 75, 95, 99, 100] as $p) printf("p%-3d %8.3f\n", $p, percentile($xs, $p));
echo 'mode: ', implode(',', mode($xs)), "\n";
$min = floor(min($xs) / 5) * 5; $bins = [];
foreach ($xs as $x) { $b = (int)(floor(($x - $min) / 5)); $bins[$b] = ($bins[$b] ?? 0) + 1; }
ksort($bins);
foreach ($bins as $b => $n) printf("[%5.1f, %5.1f) %3d %s\n", $min + 5 * $b, $min + 5 * ($b + 1), $n, str_repeat('#', (int)ceil($n / 2)));
$mx = mean($xs); $my = mean($ys);
$cov = array_sum(array_map(fn($x, $y) => ($x - $mx) * ($y - $my), $xs, $ys)) / (count($xs) - 1);
$r = $cov / (sqrt(variance($xs)) * sqrt(variance($ys)));
$slope = $cov / variance($xs); $icpt = $my - $slope * $mx;
printf("cov=%.5f r=%.6f fit: y = %.4fx %+.4f\n", $cov, $r, $slope, $icpt);
$z = array_map(fn($x) => ($x - $mx) / sqrt(variance($xs)), array_slice($xs, 0, 5));
echo implode(' ', array_map(fn($v) => sprintf('%+.3f', $v), $z)), "\n";
echo json_encode(array_slice($xs, 0, 6)), ' ', json_encode(array_map(fn($v) => round($v, 1), array_slice($ys, 0, 6))), "\n";
foreach ([1, 5, 10, 14, 15, 17] as $prec) { ini_set('precision', (string)$prec); echo "precision $prec: ", mean($xs), ' ', M_PI, ' ', 1 / 3, ' ', 1e20 / 3, "\n"; }
ini_set('precision', '14');
ini_set('serialize_precision', '5'); echo json_encode([mean($xs), 0.1]), ' ', var_export(0.1, true), "\n"; ini_set('serialize_precision', '-1');
echo json_encode([mean($xs), 0.1]), ' ', var_export(mean($xs), true), "\n";
echo number_format(array_sum($xs), 3), ' ', number_format(mean($xs) * 1e6), ' ', round(mean($xs), -1), ' ', intdiv((int)array_sum($xs), 7), ' ', fmod(array_sum($xs), 7), "\n";
$sorted = $xs; rsort($sorted); echo implode(',', array_slice($sorted, 0, 5)), ' | ', implode(',', array_slice(array_unique($sorted), -3)), "\n";
echo mt_rand(1, 100), ' ', mt_rand(), ' ', rand(1, 6), ' ', random_int(5, 5), "\n";
mt_srand(3, MT_RAND_PHP); echo mt_rand(1, 1000), ' ', mt_rand(1, 1000), "\n";
mt_srand(7); $deck = range(1, 10); shuffle($deck); echo implode(',', $deck), ' ', array_rand(range(1, 50)), ' ', json_encode(array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4], 2)), ' ', str_shuffle('abcdef'), "\n";

--EXPECT--
n=200 min=36.10 max=67.42 mean=51.1868 median=50.87 sd=8.7896 psd=8.7676
p0     36.100
p5     38.299
p25    43.260
p50    50.865
p75    58.433
p95    64.807
p99    66.111
p100   67.420
mode: 65,45,41
[ 35.0,  40.0)  23 ############
[ 40.0,  45.0)  38 ###################
[ 45.0,  50.0)  36 ##################
[ 50.0,  55.0)  28 ##############
[ 55.0,  60.0)  32 ################
[ 60.0,  65.0)  37 ###################
[ 65.0,  70.0)   6 ###
cov=191.34576 r=0.956326 fit: y = 2.4767x -28.8217
-0.298 +1.517 +1.036 +0.202 -1.233
[48.57,64.52,60.29,52.96,40.35,43.01] [80.4,127.3,123.7,112.4,64.9,78.5]
precision 1: 5.0E+1 3 0.3 3.0E+19
precision 5: 51.187 3.1416 0.33333 3.3333E+19
precision 10: 51.18685 3.141592654 0.3333333333 3.333333333E+19
precision 14: 51.18685 3.1415926535898 0.33333333333333 3.3333333333333E+19
precision 15: 51.18685 3.14159265358979 0.333333333333333 3.33333333333333E+19
precision 17: 51.186849999999993 3.1415926535897931 0.33333333333333331 3.3333333333333332E+19
[51.187,0.1] 0.1
[51.18684999999999,0.1] 51.18684999999999
10,237.370 51,186,850 50 1462 3.369999999999
67.42,67.24,66.1,66.07,65.94 | 36.36,36.17,36.1
20 1827354937 5 5
452 925
10,1,9,4,3,7,8,2,5,6 11 ["c","d"] dabefc
