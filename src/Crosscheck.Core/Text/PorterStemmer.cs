namespace Crosscheck.Core.Text;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for lower-case English words, following Martin Porter's reference
/// implementation (with its two documented departures: "bli" to "ble" and "logi" to "log"). It is the stemmer of
/// ROUGE-1.5.5's -m option, so ROUGE scores computed with it match published figures.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var stemmer = new State(word);
        stemmer.Step1Ab();
        if (stemmer.K > 0)
        {
            stemmer.Step1C();
            stemmer.Step2();
            stemmer.Step3();
            stemmer.Step4();
            stemmer.Step5();
        }

        return stemmer.Result;
    }

    // Field names follow the reference implementation: b is the buffer, k the offset of the last letter,
    // j the end of the stem while a suffix is being tested.
    private sealed class State(string word)
    {
        private readonly char[] b = word.ToCharArray();
        private int j;

        public int K { get; private set; } = word.Length - 1;

        public string Result => new(b, 0, K + 1);

        public void Step1Ab()
        {
            if (b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (Measure() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                b[K] = 'i';
            }
        }

        public void Step2()
        {
            if (K == 0)
            {
                return;
            }

            switch (b[K - 1])
            {
                case 'a':
                    _ = ReplaceFirst(("ational", "ate"), ("tional", "tion"));
                    break;
                case 'c':
                    _ = ReplaceFirst(("enci", "ence"), ("anci", "ance"));
                    break;
                case 'e':
                    _ = ReplaceFirst(("izer", "ize"));
                    break;
                case 'l':
                    _ = ReplaceFirst(("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"));
                    break;
                case 'o':
                    _ = ReplaceFirst(("ization", "ize"), ("ation", "ate"), ("ator", "ate"));
                    break;
                case 's':
                    _ = ReplaceFirst(("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"));
                    break;
                case 't':
                    _ = ReplaceFirst(("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"));
                    break;
                case 'g':
                    _ = ReplaceFirst(("logi", "log"));
                    break;
                default:
                    break;
            }
        }

        public void Step3()
        {
            switch (b[K])
            {
                case 'e':
                    _ = ReplaceFirst(("icate", "ic"), ("ative", ""), ("alize", "al"));
                    break;
                case 'i':
                    _ = ReplaceFirst(("iciti", "ic"));
                    break;
                case 'l':
                    _ = ReplaceFirst(("ical", "ic"), ("ful", ""));
                    break;
                case 's':
                    _ = ReplaceFirst(("ness", ""));
                    break;
                default:
                    break;
            }
        }

        public void Step4()
        {
            if (K == 0)
            {
                return;
            }

            var matched = b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && j >= 0 && b[j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };

            if (matched && Measure() > 1)
            {
                K = j;
            }
        }

        public void Step5()
        {
            j = K;
            if (b[K] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (b[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
            {
                K--;
            }
        }

        private bool ReplaceFirst(params ReadOnlySpan<(string Suffix, string Replacement)> rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (Ends(suffix))
                {
                    if (Measure() > 0)
                    {
                        SetTo(replacement);
                    }

                    return true;
                }
            }

            return false;
        }

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // The number of vowel-consonant sequences between the start of the word and j (inclusive).
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        // consonant-vowel-consonant ending at i, where the last consonant is not w, x or y ("hop", not "snow").
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > K + 1)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (b[K - length + 1 + i] != suffix[i])
                {
                    return false;
                }
            }

            j = K - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            for (var i = 0; i < replacement.Length; i++)
            {
                b[j + 1 + i] = replacement[i];
            }

            K = j + replacement.Length;
        }
    }
}
