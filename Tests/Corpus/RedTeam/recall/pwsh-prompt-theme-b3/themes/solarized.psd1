@{
    Name       = 'solarized'
    Path       = '#268BD2'
    Git        = '#859900'
    GitDirty   = '#B58900'
    Error      = '#DC322F'
    Duration   = '#6C71C4'
    Separator  = ''
    PromptChar = '❯'
}
