@{
    Name       = 'nord'
    Path       = '#88C0D0'
    Git        = '#A3BE8C'
    GitDirty   = '#EBCB8B'
    Error      = '#BF616A'
    Duration   = '#B48EAD'
    Separator  = ''
    PromptChar = '❯'
}
