# Example instructor test file. Tests import the student's solution.py from
# the sandbox working directory.
from solution import fizzbuzz


def test_plain_numbers():
    assert fizzbuzz(1) == "1"
    assert fizzbuzz(7) == "7"


def test_fizz():
    assert fizzbuzz(3) == "Fizz"
    assert fizzbuzz(9) == "Fizz"


def test_buzz():
    assert fizzbuzz(5) == "Buzz"
    assert fizzbuzz(20) == "Buzz"


def test_fizzbuzz():
    assert fizzbuzz(15) == "FizzBuzz"
    assert fizzbuzz(45) == "FizzBuzz"


def test_range_is_fast():
    # guards against accidentally quadratic solutions; the CPU rlimit catches worse
    out = [fizzbuzz(i) for i in range(1, 200_000)]
    assert out[14] == "FizzBuzz"
