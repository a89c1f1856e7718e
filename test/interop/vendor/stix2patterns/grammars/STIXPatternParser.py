# Generated from STIXPattern.g4 by ANTLR 4.13.2
# encoding: utf-8
from antlr4 import *
from io import StringIO
import sys
if sys.version_info[1] > 5:
	from typing import TextIO
else:
	from typing.io import TextIO

def serializedATN():
    return [
        4,1,54,236,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,7,
        6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,13,
        2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,1,0,1,0,1,0,1,1,1,1,1,1,
        1,1,1,1,1,1,5,1,46,8,1,10,1,12,1,49,9,1,1,2,1,2,1,2,1,2,1,2,1,2,
        5,2,57,8,2,10,2,12,2,60,9,2,1,3,1,3,1,3,1,3,1,3,1,3,5,3,68,8,3,10,
        3,12,3,71,9,3,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,1,4,3,4,82,8,4,1,4,
        1,4,1,4,1,4,1,4,1,4,5,4,90,8,4,10,4,12,4,93,9,4,1,5,1,5,1,5,1,5,
        1,5,1,5,5,5,101,8,5,10,5,12,5,104,9,5,1,6,1,6,1,6,1,6,1,6,1,6,5,
        6,112,8,6,10,6,12,6,115,9,6,1,7,1,7,3,7,119,8,7,1,7,1,7,1,7,1,7,
        1,7,3,7,126,8,7,1,7,1,7,1,7,1,7,1,7,3,7,133,8,7,1,7,1,7,1,7,1,7,
        1,7,3,7,140,8,7,1,7,1,7,1,7,1,7,1,7,3,7,147,8,7,1,7,1,7,1,7,1,7,
        1,7,3,7,154,8,7,1,7,1,7,1,7,1,7,1,7,3,7,161,8,7,1,7,1,7,1,7,1,7,
        1,7,1,7,1,7,1,7,3,7,171,8,7,1,7,1,7,3,7,175,8,7,1,8,1,8,1,8,1,8,
        1,8,1,9,1,9,1,9,1,9,1,10,1,10,1,10,1,10,1,11,1,11,1,11,1,11,3,11,
        194,8,11,1,12,1,12,1,13,1,13,1,14,1,14,1,14,1,14,1,14,1,14,3,14,
        206,8,14,1,14,1,14,5,14,210,8,14,10,14,12,14,213,9,14,1,15,1,15,
        1,15,1,15,1,15,1,15,5,15,221,8,15,10,15,12,15,224,9,15,1,15,1,15,
        3,15,228,8,15,1,16,1,16,3,16,232,8,16,1,17,1,17,1,17,0,7,2,4,6,8,
        10,12,28,18,0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,0,7,
        1,0,31,32,1,0,33,36,2,0,2,2,4,4,1,0,29,30,2,0,7,7,29,29,2,0,1,2,
        50,50,2,0,1,7,9,9,248,0,36,1,0,0,0,2,39,1,0,0,0,4,50,1,0,0,0,6,61,
        1,0,0,0,8,81,1,0,0,0,10,94,1,0,0,0,12,105,1,0,0,0,14,174,1,0,0,0,
        16,176,1,0,0,0,18,181,1,0,0,0,20,185,1,0,0,0,22,189,1,0,0,0,24,195,
        1,0,0,0,26,197,1,0,0,0,28,205,1,0,0,0,30,227,1,0,0,0,32,231,1,0,
        0,0,34,233,1,0,0,0,36,37,3,2,1,0,37,38,5,0,0,1,38,1,1,0,0,0,39,40,
        6,1,-1,0,40,41,3,4,2,0,41,47,1,0,0,0,42,43,10,2,0,0,43,44,5,13,0,
        0,44,46,3,2,1,3,45,42,1,0,0,0,46,49,1,0,0,0,47,45,1,0,0,0,47,48,
        1,0,0,0,48,3,1,0,0,0,49,47,1,0,0,0,50,51,6,2,-1,0,51,52,3,6,3,0,
        52,58,1,0,0,0,53,54,10,2,0,0,54,55,5,11,0,0,55,57,3,4,2,3,56,53,
        1,0,0,0,57,60,1,0,0,0,58,56,1,0,0,0,58,59,1,0,0,0,59,5,1,0,0,0,60,
        58,1,0,0,0,61,62,6,3,-1,0,62,63,3,8,4,0,63,69,1,0,0,0,64,65,10,2,
        0,0,65,66,5,10,0,0,66,68,3,6,3,3,67,64,1,0,0,0,68,71,1,0,0,0,69,
        67,1,0,0,0,69,70,1,0,0,0,70,7,1,0,0,0,71,69,1,0,0,0,72,73,6,4,-1,
        0,73,74,5,44,0,0,74,75,3,10,5,0,75,76,5,43,0,0,76,82,1,0,0,0,77,
        78,5,42,0,0,78,79,3,2,1,0,79,80,5,41,0,0,80,82,1,0,0,0,81,72,1,0,
        0,0,81,77,1,0,0,0,82,91,1,0,0,0,83,84,10,3,0,0,84,90,3,16,8,0,85,
        86,10,2,0,0,86,90,3,18,9,0,87,88,10,1,0,0,88,90,3,20,10,0,89,83,
        1,0,0,0,89,85,1,0,0,0,89,87,1,0,0,0,90,93,1,0,0,0,91,89,1,0,0,0,
        91,92,1,0,0,0,92,9,1,0,0,0,93,91,1,0,0,0,94,95,6,5,-1,0,95,96,3,
        12,6,0,96,102,1,0,0,0,97,98,10,2,0,0,98,99,5,11,0,0,99,101,3,10,
        5,3,100,97,1,0,0,0,101,104,1,0,0,0,102,100,1,0,0,0,102,103,1,0,0,
        0,103,11,1,0,0,0,104,102,1,0,0,0,105,106,6,6,-1,0,106,107,3,14,7,
        0,107,113,1,0,0,0,108,109,10,2,0,0,109,110,5,10,0,0,110,112,3,12,
        6,3,111,108,1,0,0,0,112,115,1,0,0,0,113,111,1,0,0,0,113,114,1,0,
        0,0,114,13,1,0,0,0,115,113,1,0,0,0,116,118,3,22,11,0,117,119,5,12,
        0,0,118,117,1,0,0,0,118,119,1,0,0,0,119,120,1,0,0,0,120,121,7,0,
        0,0,121,122,3,32,16,0,122,175,1,0,0,0,123,125,3,22,11,0,124,126,
        5,12,0,0,125,124,1,0,0,0,125,126,1,0,0,0,126,127,1,0,0,0,127,128,
        7,1,0,0,128,129,3,34,17,0,129,175,1,0,0,0,130,132,3,22,11,0,131,
        133,5,12,0,0,132,131,1,0,0,0,132,133,1,0,0,0,133,134,1,0,0,0,134,
        135,5,20,0,0,135,136,3,30,15,0,136,175,1,0,0,0,137,139,3,22,11,0,
        138,140,5,12,0,0,139,138,1,0,0,0,139,140,1,0,0,0,140,141,1,0,0,0,
        141,142,5,14,0,0,142,143,5,7,0,0,143,175,1,0,0,0,144,146,3,22,11,
        0,145,147,5,12,0,0,146,145,1,0,0,0,146,147,1,0,0,0,147,148,1,0,0,
        0,148,149,5,15,0,0,149,150,5,7,0,0,150,175,1,0,0,0,151,153,3,22,
        11,0,152,154,5,12,0,0,153,152,1,0,0,0,153,154,1,0,0,0,154,155,1,
        0,0,0,155,156,5,17,0,0,156,157,5,7,0,0,157,175,1,0,0,0,158,160,3,
        22,11,0,159,161,5,12,0,0,160,159,1,0,0,0,160,161,1,0,0,0,161,162,
        1,0,0,0,162,163,5,16,0,0,163,164,5,7,0,0,164,175,1,0,0,0,165,166,
        5,42,0,0,166,167,3,10,5,0,167,168,5,41,0,0,168,175,1,0,0,0,169,171,
        5,12,0,0,170,169,1,0,0,0,170,171,1,0,0,0,171,172,1,0,0,0,172,173,
        5,18,0,0,173,175,3,22,11,0,174,116,1,0,0,0,174,123,1,0,0,0,174,130,
        1,0,0,0,174,137,1,0,0,0,174,144,1,0,0,0,174,151,1,0,0,0,174,158,
        1,0,0,0,174,165,1,0,0,0,174,170,1,0,0,0,175,15,1,0,0,0,176,177,5,
        21,0,0,177,178,5,9,0,0,178,179,5,22,0,0,179,180,5,9,0,0,180,17,1,
        0,0,0,181,182,5,26,0,0,182,183,7,2,0,0,183,184,5,23,0,0,184,19,1,
        0,0,0,185,186,5,27,0,0,186,187,5,2,0,0,187,188,5,28,0,0,188,21,1,
        0,0,0,189,190,3,24,12,0,190,191,5,38,0,0,191,193,3,26,13,0,192,194,
        3,28,14,0,193,192,1,0,0,0,193,194,1,0,0,0,194,23,1,0,0,0,195,196,
        7,3,0,0,196,25,1,0,0,0,197,198,7,4,0,0,198,27,1,0,0,0,199,200,6,
        14,-1,0,200,201,5,39,0,0,201,206,7,4,0,0,202,203,5,44,0,0,203,204,
        7,5,0,0,204,206,5,43,0,0,205,199,1,0,0,0,205,202,1,0,0,0,206,211,
        1,0,0,0,207,208,10,3,0,0,208,210,3,28,14,4,209,207,1,0,0,0,210,213,
        1,0,0,0,211,209,1,0,0,0,211,212,1,0,0,0,212,29,1,0,0,0,213,211,1,
        0,0,0,214,215,5,42,0,0,215,228,5,41,0,0,216,217,5,42,0,0,217,222,
        3,32,16,0,218,219,5,40,0,0,219,221,3,32,16,0,220,218,1,0,0,0,221,
        224,1,0,0,0,222,220,1,0,0,0,222,223,1,0,0,0,223,225,1,0,0,0,224,
        222,1,0,0,0,225,226,5,41,0,0,226,228,1,0,0,0,227,214,1,0,0,0,227,
        216,1,0,0,0,228,31,1,0,0,0,229,232,3,34,17,0,230,232,5,8,0,0,231,
        229,1,0,0,0,231,230,1,0,0,0,232,33,1,0,0,0,233,234,7,6,0,0,234,35,
        1,0,0,0,23,47,58,69,81,89,91,102,113,118,125,132,139,146,153,160,
        170,174,193,205,211,222,227,231
    ]

class STIXPatternParser ( Parser ):

    grammarFileName = "STIXPattern.g4"

    atn = ATNDeserializer().deserialize(serializedATN())

    decisionsToDFA = [ DFA(ds, i) for i, ds in enumerate(atn.decisionToState) ]

    sharedContextCache = PredictionContextCache()

    literalNames = [ "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "<INVALID>", "'AND'", "'OR'", "'NOT'", 
                     "'FOLLOWEDBY'", "'LIKE'", "'MATCHES'", "'ISSUPERSET'", 
                     "'ISSUBSET'", "'EXISTS'", "'LAST'", "'IN'", "'START'", 
                     "'STOP'", "'SECONDS'", "'true'", "'false'", "'WITHIN'", 
                     "'REPEATS'", "'TIMES'", "<INVALID>", "<INVALID>", "<INVALID>", 
                     "<INVALID>", "'<'", "'<='", "'>'", "'>='", "'''", "':'", 
                     "'.'", "','", "')'", "'('", "']'", "'['", "'+'", "<INVALID>", 
                     "'-'", "'^'", "'/'", "'*'" ]

    symbolicNames = [ "<INVALID>", "IntNegLiteral", "IntPosLiteral", "FloatNegLiteral", 
                      "FloatPosLiteral", "HexLiteral", "BinaryLiteral", 
                      "StringLiteral", "BoolLiteral", "TimestampLiteral", 
                      "AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", 
                      "ISSUPERSET", "ISSUBSET", "EXISTS", "LAST", "IN", 
                      "START", "STOP", "SECONDS", "TRUE", "FALSE", "WITHIN", 
                      "REPEATS", "TIMES", "IdentifierWithoutHyphen", "IdentifierWithHyphen", 
                      "EQ", "NEQ", "LT", "LE", "GT", "GE", "QUOTE", "COLON", 
                      "DOT", "COMMA", "RPAREN", "LPAREN", "RBRACK", "LBRACK", 
                      "PLUS", "HYPHEN", "MINUS", "POWER_OP", "DIVIDE", "ASTERISK", 
                      "WS", "COMMENT", "LINE_COMMENT", "InvalidCharacter" ]

    RULE_pattern = 0
    RULE_observationExpressions = 1
    RULE_observationExpressionOr = 2
    RULE_observationExpressionAnd = 3
    RULE_observationExpression = 4
    RULE_comparisonExpression = 5
    RULE_comparisonExpressionAnd = 6
    RULE_propTest = 7
    RULE_startStopQualifier = 8
    RULE_withinQualifier = 9
    RULE_repeatedQualifier = 10
    RULE_objectPath = 11
    RULE_objectType = 12
    RULE_firstPathComponent = 13
    RULE_objectPathComponent = 14
    RULE_setLiteral = 15
    RULE_primitiveLiteral = 16
    RULE_orderableLiteral = 17

    ruleNames =  [ "pattern", "observationExpressions", "observationExpressionOr", 
                   "observationExpressionAnd", "observationExpression", 
                   "comparisonExpression", "comparisonExpressionAnd", "propTest", 
                   "startStopQualifier", "withinQualifier", "repeatedQualifier", 
                   "objectPath", "objectType", "firstPathComponent", "objectPathComponent", 
                   "setLiteral", "primitiveLiteral", "orderableLiteral" ]

    EOF = Token.EOF
    IntNegLiteral=1
    IntPosLiteral=2
    FloatNegLiteral=3
    FloatPosLiteral=4
    HexLiteral=5
    BinaryLiteral=6
    StringLiteral=7
    BoolLiteral=8
    TimestampLiteral=9
    AND=10
    OR=11
    NOT=12
    FOLLOWEDBY=13
    LIKE=14
    MATCHES=15
    ISSUPERSET=16
    ISSUBSET=17
    EXISTS=18
    LAST=19
    IN=20
    START=21
    STOP=22
    SECONDS=23
    TRUE=24
    FALSE=25
    WITHIN=26
    REPEATS=27
    TIMES=28
    IdentifierWithoutHyphen=29
    IdentifierWithHyphen=30
    EQ=31
    NEQ=32
    LT=33
    LE=34
    GT=35
    GE=36
    QUOTE=37
    COLON=38
    DOT=39
    COMMA=40
    RPAREN=41
    LPAREN=42
    RBRACK=43
    LBRACK=44
    PLUS=45
    HYPHEN=46
    MINUS=47
    POWER_OP=48
    DIVIDE=49
    ASTERISK=50
    WS=51
    COMMENT=52
    LINE_COMMENT=53
    InvalidCharacter=54

    def __init__(self, input:TokenStream, output:TextIO = sys.stdout):
        super().__init__(input, output)
        self.checkVersion("4.13.2")
        self._interp = ParserATNSimulator(self, self.atn, self.decisionsToDFA, self.sharedContextCache)
        self._predicates = None




    class PatternContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def observationExpressions(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionsContext,0)


        def EOF(self):
            return self.getToken(STIXPatternParser.EOF, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_pattern

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPattern" ):
                listener.enterPattern(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPattern" ):
                listener.exitPattern(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPattern" ):
                return visitor.visitPattern(self)
            else:
                return visitor.visitChildren(self)




    def pattern(self):

        localctx = STIXPatternParser.PatternContext(self, self._ctx, self.state)
        self.enterRule(localctx, 0, self.RULE_pattern)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 36
            self.observationExpressions(0)
            self.state = 37
            self.match(STIXPatternParser.EOF)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ObservationExpressionsContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def observationExpressionOr(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionOrContext,0)


        def observationExpressions(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ObservationExpressionsContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionsContext,i)


        def FOLLOWEDBY(self):
            return self.getToken(STIXPatternParser.FOLLOWEDBY, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_observationExpressions

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressions" ):
                listener.enterObservationExpressions(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressions" ):
                listener.exitObservationExpressions(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressions" ):
                return visitor.visitObservationExpressions(self)
            else:
                return visitor.visitChildren(self)



    def observationExpressions(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ObservationExpressionsContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 2
        self.enterRecursionRule(localctx, 2, self.RULE_observationExpressions, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 40
            self.observationExpressionOr(0)
            self._ctx.stop = self._input.LT(-1)
            self.state = 47
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,0,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.ObservationExpressionsContext(self, _parentctx, _parentState)
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpressions)
                    self.state = 42
                    if not self.precpred(self._ctx, 2):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                    self.state = 43
                    self.match(STIXPatternParser.FOLLOWEDBY)
                    self.state = 44
                    self.observationExpressions(3) 
                self.state = 49
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,0,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class ObservationExpressionOrContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def observationExpressionAnd(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionAndContext,0)


        def observationExpressionOr(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ObservationExpressionOrContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionOrContext,i)


        def OR(self):
            return self.getToken(STIXPatternParser.OR, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_observationExpressionOr

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionOr" ):
                listener.enterObservationExpressionOr(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionOr" ):
                listener.exitObservationExpressionOr(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionOr" ):
                return visitor.visitObservationExpressionOr(self)
            else:
                return visitor.visitChildren(self)



    def observationExpressionOr(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ObservationExpressionOrContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 4
        self.enterRecursionRule(localctx, 4, self.RULE_observationExpressionOr, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 51
            self.observationExpressionAnd(0)
            self._ctx.stop = self._input.LT(-1)
            self.state = 58
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,1,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.ObservationExpressionOrContext(self, _parentctx, _parentState)
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpressionOr)
                    self.state = 53
                    if not self.precpred(self._ctx, 2):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                    self.state = 54
                    self.match(STIXPatternParser.OR)
                    self.state = 55
                    self.observationExpressionOr(3) 
                self.state = 60
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,1,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class ObservationExpressionAndContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def observationExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionContext,0)


        def observationExpressionAnd(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ObservationExpressionAndContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionAndContext,i)


        def AND(self):
            return self.getToken(STIXPatternParser.AND, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_observationExpressionAnd

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionAnd" ):
                listener.enterObservationExpressionAnd(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionAnd" ):
                listener.exitObservationExpressionAnd(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionAnd" ):
                return visitor.visitObservationExpressionAnd(self)
            else:
                return visitor.visitChildren(self)



    def observationExpressionAnd(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ObservationExpressionAndContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 6
        self.enterRecursionRule(localctx, 6, self.RULE_observationExpressionAnd, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 62
            self.observationExpression(0)
            self._ctx.stop = self._input.LT(-1)
            self.state = 69
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,2,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.ObservationExpressionAndContext(self, _parentctx, _parentState)
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpressionAnd)
                    self.state = 64
                    if not self.precpred(self._ctx, 2):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                    self.state = 65
                    self.match(STIXPatternParser.AND)
                    self.state = 66
                    self.observationExpressionAnd(3) 
                self.state = 71
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,2,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class ObservationExpressionContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return STIXPatternParser.RULE_observationExpression

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)


    class ObservationExpressionRepeatedContext(ObservationExpressionContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObservationExpressionContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def observationExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionContext,0)

        def repeatedQualifier(self):
            return self.getTypedRuleContext(STIXPatternParser.RepeatedQualifierContext,0)


        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionRepeated" ):
                listener.enterObservationExpressionRepeated(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionRepeated" ):
                listener.exitObservationExpressionRepeated(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionRepeated" ):
                return visitor.visitObservationExpressionRepeated(self)
            else:
                return visitor.visitChildren(self)


    class ObservationExpressionSimpleContext(ObservationExpressionContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObservationExpressionContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LBRACK(self):
            return self.getToken(STIXPatternParser.LBRACK, 0)
        def comparisonExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ComparisonExpressionContext,0)

        def RBRACK(self):
            return self.getToken(STIXPatternParser.RBRACK, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionSimple" ):
                listener.enterObservationExpressionSimple(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionSimple" ):
                listener.exitObservationExpressionSimple(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionSimple" ):
                return visitor.visitObservationExpressionSimple(self)
            else:
                return visitor.visitChildren(self)


    class ObservationExpressionCompoundContext(ObservationExpressionContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObservationExpressionContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LPAREN(self):
            return self.getToken(STIXPatternParser.LPAREN, 0)
        def observationExpressions(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionsContext,0)

        def RPAREN(self):
            return self.getToken(STIXPatternParser.RPAREN, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionCompound" ):
                listener.enterObservationExpressionCompound(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionCompound" ):
                listener.exitObservationExpressionCompound(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionCompound" ):
                return visitor.visitObservationExpressionCompound(self)
            else:
                return visitor.visitChildren(self)


    class ObservationExpressionWithinContext(ObservationExpressionContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObservationExpressionContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def observationExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionContext,0)

        def withinQualifier(self):
            return self.getTypedRuleContext(STIXPatternParser.WithinQualifierContext,0)


        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionWithin" ):
                listener.enterObservationExpressionWithin(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionWithin" ):
                listener.exitObservationExpressionWithin(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionWithin" ):
                return visitor.visitObservationExpressionWithin(self)
            else:
                return visitor.visitChildren(self)


    class ObservationExpressionStartStopContext(ObservationExpressionContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObservationExpressionContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def observationExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ObservationExpressionContext,0)

        def startStopQualifier(self):
            return self.getTypedRuleContext(STIXPatternParser.StartStopQualifierContext,0)


        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObservationExpressionStartStop" ):
                listener.enterObservationExpressionStartStop(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObservationExpressionStartStop" ):
                listener.exitObservationExpressionStartStop(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObservationExpressionStartStop" ):
                return visitor.visitObservationExpressionStartStop(self)
            else:
                return visitor.visitChildren(self)



    def observationExpression(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ObservationExpressionContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 8
        self.enterRecursionRule(localctx, 8, self.RULE_observationExpression, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 81
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [44]:
                localctx = STIXPatternParser.ObservationExpressionSimpleContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 73
                self.match(STIXPatternParser.LBRACK)
                self.state = 74
                self.comparisonExpression(0)
                self.state = 75
                self.match(STIXPatternParser.RBRACK)
                pass
            elif token in [42]:
                localctx = STIXPatternParser.ObservationExpressionCompoundContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 77
                self.match(STIXPatternParser.LPAREN)
                self.state = 78
                self.observationExpressions(0)
                self.state = 79
                self.match(STIXPatternParser.RPAREN)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 91
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,5,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    self.state = 89
                    self._errHandler.sync(self)
                    la_ = self._interp.adaptivePredict(self._input,4,self._ctx)
                    if la_ == 1:
                        localctx = STIXPatternParser.ObservationExpressionStartStopContext(self, STIXPatternParser.ObservationExpressionContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpression)
                        self.state = 83
                        if not self.precpred(self._ctx, 3):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                        self.state = 84
                        self.startStopQualifier()
                        pass

                    elif la_ == 2:
                        localctx = STIXPatternParser.ObservationExpressionWithinContext(self, STIXPatternParser.ObservationExpressionContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpression)
                        self.state = 85
                        if not self.precpred(self._ctx, 2):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                        self.state = 86
                        self.withinQualifier()
                        pass

                    elif la_ == 3:
                        localctx = STIXPatternParser.ObservationExpressionRepeatedContext(self, STIXPatternParser.ObservationExpressionContext(self, _parentctx, _parentState))
                        self.pushNewRecursionContext(localctx, _startState, self.RULE_observationExpression)
                        self.state = 87
                        if not self.precpred(self._ctx, 1):
                            from antlr4.error.Errors import FailedPredicateException
                            raise FailedPredicateException(self, "self.precpred(self._ctx, 1)")
                        self.state = 88
                        self.repeatedQualifier()
                        pass

             
                self.state = 93
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,5,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class ComparisonExpressionContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def comparisonExpressionAnd(self):
            return self.getTypedRuleContext(STIXPatternParser.ComparisonExpressionAndContext,0)


        def comparisonExpression(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ComparisonExpressionContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ComparisonExpressionContext,i)


        def OR(self):
            return self.getToken(STIXPatternParser.OR, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_comparisonExpression

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterComparisonExpression" ):
                listener.enterComparisonExpression(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitComparisonExpression" ):
                listener.exitComparisonExpression(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitComparisonExpression" ):
                return visitor.visitComparisonExpression(self)
            else:
                return visitor.visitChildren(self)



    def comparisonExpression(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ComparisonExpressionContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 10
        self.enterRecursionRule(localctx, 10, self.RULE_comparisonExpression, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 95
            self.comparisonExpressionAnd(0)
            self._ctx.stop = self._input.LT(-1)
            self.state = 102
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,6,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.ComparisonExpressionContext(self, _parentctx, _parentState)
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_comparisonExpression)
                    self.state = 97
                    if not self.precpred(self._ctx, 2):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                    self.state = 98
                    self.match(STIXPatternParser.OR)
                    self.state = 99
                    self.comparisonExpression(3) 
                self.state = 104
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,6,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class ComparisonExpressionAndContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def propTest(self):
            return self.getTypedRuleContext(STIXPatternParser.PropTestContext,0)


        def comparisonExpressionAnd(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ComparisonExpressionAndContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ComparisonExpressionAndContext,i)


        def AND(self):
            return self.getToken(STIXPatternParser.AND, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_comparisonExpressionAnd

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterComparisonExpressionAnd" ):
                listener.enterComparisonExpressionAnd(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitComparisonExpressionAnd" ):
                listener.exitComparisonExpressionAnd(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitComparisonExpressionAnd" ):
                return visitor.visitComparisonExpressionAnd(self)
            else:
                return visitor.visitChildren(self)



    def comparisonExpressionAnd(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ComparisonExpressionAndContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 12
        self.enterRecursionRule(localctx, 12, self.RULE_comparisonExpressionAnd, _p)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 106
            self.propTest()
            self._ctx.stop = self._input.LT(-1)
            self.state = 113
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,7,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.ComparisonExpressionAndContext(self, _parentctx, _parentState)
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_comparisonExpressionAnd)
                    self.state = 108
                    if not self.precpred(self._ctx, 2):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 2)")
                    self.state = 109
                    self.match(STIXPatternParser.AND)
                    self.state = 110
                    self.comparisonExpressionAnd(3) 
                self.state = 115
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,7,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class PropTestContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return STIXPatternParser.RULE_propTest

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)



    class PropTestExistsContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def EXISTS(self):
            return self.getToken(STIXPatternParser.EXISTS, 0)
        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestExists" ):
                listener.enterPropTestExists(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestExists" ):
                listener.exitPropTestExists(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestExists" ):
                return visitor.visitPropTestExists(self)
            else:
                return visitor.visitChildren(self)


    class PropTestRegexContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def MATCHES(self):
            return self.getToken(STIXPatternParser.MATCHES, 0)
        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestRegex" ):
                listener.enterPropTestRegex(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestRegex" ):
                listener.exitPropTestRegex(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestRegex" ):
                return visitor.visitPropTestRegex(self)
            else:
                return visitor.visitChildren(self)


    class PropTestOrderContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def orderableLiteral(self):
            return self.getTypedRuleContext(STIXPatternParser.OrderableLiteralContext,0)

        def GT(self):
            return self.getToken(STIXPatternParser.GT, 0)
        def LT(self):
            return self.getToken(STIXPatternParser.LT, 0)
        def GE(self):
            return self.getToken(STIXPatternParser.GE, 0)
        def LE(self):
            return self.getToken(STIXPatternParser.LE, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestOrder" ):
                listener.enterPropTestOrder(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestOrder" ):
                listener.exitPropTestOrder(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestOrder" ):
                return visitor.visitPropTestOrder(self)
            else:
                return visitor.visitChildren(self)


    class PropTestLikeContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def LIKE(self):
            return self.getToken(STIXPatternParser.LIKE, 0)
        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestLike" ):
                listener.enterPropTestLike(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestLike" ):
                listener.exitPropTestLike(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestLike" ):
                return visitor.visitPropTestLike(self)
            else:
                return visitor.visitChildren(self)


    class PropTestEqualContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def primitiveLiteral(self):
            return self.getTypedRuleContext(STIXPatternParser.PrimitiveLiteralContext,0)

        def EQ(self):
            return self.getToken(STIXPatternParser.EQ, 0)
        def NEQ(self):
            return self.getToken(STIXPatternParser.NEQ, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestEqual" ):
                listener.enterPropTestEqual(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestEqual" ):
                listener.exitPropTestEqual(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestEqual" ):
                return visitor.visitPropTestEqual(self)
            else:
                return visitor.visitChildren(self)


    class PropTestSetContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def IN(self):
            return self.getToken(STIXPatternParser.IN, 0)
        def setLiteral(self):
            return self.getTypedRuleContext(STIXPatternParser.SetLiteralContext,0)

        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestSet" ):
                listener.enterPropTestSet(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestSet" ):
                listener.exitPropTestSet(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestSet" ):
                return visitor.visitPropTestSet(self)
            else:
                return visitor.visitChildren(self)


    class PropTestIsSubsetContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def ISSUBSET(self):
            return self.getToken(STIXPatternParser.ISSUBSET, 0)
        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestIsSubset" ):
                listener.enterPropTestIsSubset(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestIsSubset" ):
                listener.exitPropTestIsSubset(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestIsSubset" ):
                return visitor.visitPropTestIsSubset(self)
            else:
                return visitor.visitChildren(self)


    class PropTestParenContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LPAREN(self):
            return self.getToken(STIXPatternParser.LPAREN, 0)
        def comparisonExpression(self):
            return self.getTypedRuleContext(STIXPatternParser.ComparisonExpressionContext,0)

        def RPAREN(self):
            return self.getToken(STIXPatternParser.RPAREN, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestParen" ):
                listener.enterPropTestParen(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestParen" ):
                listener.exitPropTestParen(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestParen" ):
                return visitor.visitPropTestParen(self)
            else:
                return visitor.visitChildren(self)


    class PropTestIsSupersetContext(PropTestContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.PropTestContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPath(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathContext,0)

        def ISSUPERSET(self):
            return self.getToken(STIXPatternParser.ISSUPERSET, 0)
        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)
        def NOT(self):
            return self.getToken(STIXPatternParser.NOT, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPropTestIsSuperset" ):
                listener.enterPropTestIsSuperset(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPropTestIsSuperset" ):
                listener.exitPropTestIsSuperset(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPropTestIsSuperset" ):
                return visitor.visitPropTestIsSuperset(self)
            else:
                return visitor.visitChildren(self)



    def propTest(self):

        localctx = STIXPatternParser.PropTestContext(self, self._ctx, self.state)
        self.enterRule(localctx, 14, self.RULE_propTest)
        self._la = 0 # Token type
        try:
            self.state = 174
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,16,self._ctx)
            if la_ == 1:
                localctx = STIXPatternParser.PropTestEqualContext(self, localctx)
                self.enterOuterAlt(localctx, 1)
                self.state = 116
                self.objectPath()
                self.state = 118
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 117
                    self.match(STIXPatternParser.NOT)


                self.state = 120
                _la = self._input.LA(1)
                if not(_la==31 or _la==32):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 121
                self.primitiveLiteral()
                pass

            elif la_ == 2:
                localctx = STIXPatternParser.PropTestOrderContext(self, localctx)
                self.enterOuterAlt(localctx, 2)
                self.state = 123
                self.objectPath()
                self.state = 125
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 124
                    self.match(STIXPatternParser.NOT)


                self.state = 127
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 128849018880) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 128
                self.orderableLiteral()
                pass

            elif la_ == 3:
                localctx = STIXPatternParser.PropTestSetContext(self, localctx)
                self.enterOuterAlt(localctx, 3)
                self.state = 130
                self.objectPath()
                self.state = 132
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 131
                    self.match(STIXPatternParser.NOT)


                self.state = 134
                self.match(STIXPatternParser.IN)
                self.state = 135
                self.setLiteral()
                pass

            elif la_ == 4:
                localctx = STIXPatternParser.PropTestLikeContext(self, localctx)
                self.enterOuterAlt(localctx, 4)
                self.state = 137
                self.objectPath()
                self.state = 139
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 138
                    self.match(STIXPatternParser.NOT)


                self.state = 141
                self.match(STIXPatternParser.LIKE)
                self.state = 142
                self.match(STIXPatternParser.StringLiteral)
                pass

            elif la_ == 5:
                localctx = STIXPatternParser.PropTestRegexContext(self, localctx)
                self.enterOuterAlt(localctx, 5)
                self.state = 144
                self.objectPath()
                self.state = 146
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 145
                    self.match(STIXPatternParser.NOT)


                self.state = 148
                self.match(STIXPatternParser.MATCHES)
                self.state = 149
                self.match(STIXPatternParser.StringLiteral)
                pass

            elif la_ == 6:
                localctx = STIXPatternParser.PropTestIsSubsetContext(self, localctx)
                self.enterOuterAlt(localctx, 6)
                self.state = 151
                self.objectPath()
                self.state = 153
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 152
                    self.match(STIXPatternParser.NOT)


                self.state = 155
                self.match(STIXPatternParser.ISSUBSET)
                self.state = 156
                self.match(STIXPatternParser.StringLiteral)
                pass

            elif la_ == 7:
                localctx = STIXPatternParser.PropTestIsSupersetContext(self, localctx)
                self.enterOuterAlt(localctx, 7)
                self.state = 158
                self.objectPath()
                self.state = 160
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 159
                    self.match(STIXPatternParser.NOT)


                self.state = 162
                self.match(STIXPatternParser.ISSUPERSET)
                self.state = 163
                self.match(STIXPatternParser.StringLiteral)
                pass

            elif la_ == 8:
                localctx = STIXPatternParser.PropTestParenContext(self, localctx)
                self.enterOuterAlt(localctx, 8)
                self.state = 165
                self.match(STIXPatternParser.LPAREN)
                self.state = 166
                self.comparisonExpression(0)
                self.state = 167
                self.match(STIXPatternParser.RPAREN)
                pass

            elif la_ == 9:
                localctx = STIXPatternParser.PropTestExistsContext(self, localctx)
                self.enterOuterAlt(localctx, 9)
                self.state = 170
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                if _la==12:
                    self.state = 169
                    self.match(STIXPatternParser.NOT)


                self.state = 172
                self.match(STIXPatternParser.EXISTS)
                self.state = 173
                self.objectPath()
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class StartStopQualifierContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def START(self):
            return self.getToken(STIXPatternParser.START, 0)

        def TimestampLiteral(self, i:int=None):
            if i is None:
                return self.getTokens(STIXPatternParser.TimestampLiteral)
            else:
                return self.getToken(STIXPatternParser.TimestampLiteral, i)

        def STOP(self):
            return self.getToken(STIXPatternParser.STOP, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_startStopQualifier

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterStartStopQualifier" ):
                listener.enterStartStopQualifier(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitStartStopQualifier" ):
                listener.exitStartStopQualifier(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitStartStopQualifier" ):
                return visitor.visitStartStopQualifier(self)
            else:
                return visitor.visitChildren(self)




    def startStopQualifier(self):

        localctx = STIXPatternParser.StartStopQualifierContext(self, self._ctx, self.state)
        self.enterRule(localctx, 16, self.RULE_startStopQualifier)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 176
            self.match(STIXPatternParser.START)
            self.state = 177
            self.match(STIXPatternParser.TimestampLiteral)
            self.state = 178
            self.match(STIXPatternParser.STOP)
            self.state = 179
            self.match(STIXPatternParser.TimestampLiteral)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class WithinQualifierContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def WITHIN(self):
            return self.getToken(STIXPatternParser.WITHIN, 0)

        def SECONDS(self):
            return self.getToken(STIXPatternParser.SECONDS, 0)

        def IntPosLiteral(self):
            return self.getToken(STIXPatternParser.IntPosLiteral, 0)

        def FloatPosLiteral(self):
            return self.getToken(STIXPatternParser.FloatPosLiteral, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_withinQualifier

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterWithinQualifier" ):
                listener.enterWithinQualifier(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitWithinQualifier" ):
                listener.exitWithinQualifier(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitWithinQualifier" ):
                return visitor.visitWithinQualifier(self)
            else:
                return visitor.visitChildren(self)




    def withinQualifier(self):

        localctx = STIXPatternParser.WithinQualifierContext(self, self._ctx, self.state)
        self.enterRule(localctx, 18, self.RULE_withinQualifier)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 181
            self.match(STIXPatternParser.WITHIN)
            self.state = 182
            _la = self._input.LA(1)
            if not(_la==2 or _la==4):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
            self.state = 183
            self.match(STIXPatternParser.SECONDS)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class RepeatedQualifierContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def REPEATS(self):
            return self.getToken(STIXPatternParser.REPEATS, 0)

        def IntPosLiteral(self):
            return self.getToken(STIXPatternParser.IntPosLiteral, 0)

        def TIMES(self):
            return self.getToken(STIXPatternParser.TIMES, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_repeatedQualifier

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterRepeatedQualifier" ):
                listener.enterRepeatedQualifier(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitRepeatedQualifier" ):
                listener.exitRepeatedQualifier(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitRepeatedQualifier" ):
                return visitor.visitRepeatedQualifier(self)
            else:
                return visitor.visitChildren(self)




    def repeatedQualifier(self):

        localctx = STIXPatternParser.RepeatedQualifierContext(self, self._ctx, self.state)
        self.enterRule(localctx, 20, self.RULE_repeatedQualifier)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 185
            self.match(STIXPatternParser.REPEATS)
            self.state = 186
            self.match(STIXPatternParser.IntPosLiteral)
            self.state = 187
            self.match(STIXPatternParser.TIMES)
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ObjectPathContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def objectType(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectTypeContext,0)


        def COLON(self):
            return self.getToken(STIXPatternParser.COLON, 0)

        def firstPathComponent(self):
            return self.getTypedRuleContext(STIXPatternParser.FirstPathComponentContext,0)


        def objectPathComponent(self):
            return self.getTypedRuleContext(STIXPatternParser.ObjectPathComponentContext,0)


        def getRuleIndex(self):
            return STIXPatternParser.RULE_objectPath

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObjectPath" ):
                listener.enterObjectPath(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObjectPath" ):
                listener.exitObjectPath(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObjectPath" ):
                return visitor.visitObjectPath(self)
            else:
                return visitor.visitChildren(self)




    def objectPath(self):

        localctx = STIXPatternParser.ObjectPathContext(self, self._ctx, self.state)
        self.enterRule(localctx, 22, self.RULE_objectPath)
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 189
            self.objectType()
            self.state = 190
            self.match(STIXPatternParser.COLON)
            self.state = 191
            self.firstPathComponent()
            self.state = 193
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,17,self._ctx)
            if la_ == 1:
                self.state = 192
                self.objectPathComponent(0)


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ObjectTypeContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IdentifierWithoutHyphen(self):
            return self.getToken(STIXPatternParser.IdentifierWithoutHyphen, 0)

        def IdentifierWithHyphen(self):
            return self.getToken(STIXPatternParser.IdentifierWithHyphen, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_objectType

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterObjectType" ):
                listener.enterObjectType(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitObjectType" ):
                listener.exitObjectType(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitObjectType" ):
                return visitor.visitObjectType(self)
            else:
                return visitor.visitChildren(self)




    def objectType(self):

        localctx = STIXPatternParser.ObjectTypeContext(self, self._ctx, self.state)
        self.enterRule(localctx, 24, self.RULE_objectType)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 195
            _la = self._input.LA(1)
            if not(_la==29 or _la==30):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class FirstPathComponentContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IdentifierWithoutHyphen(self):
            return self.getToken(STIXPatternParser.IdentifierWithoutHyphen, 0)

        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_firstPathComponent

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterFirstPathComponent" ):
                listener.enterFirstPathComponent(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitFirstPathComponent" ):
                listener.exitFirstPathComponent(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitFirstPathComponent" ):
                return visitor.visitFirstPathComponent(self)
            else:
                return visitor.visitChildren(self)




    def firstPathComponent(self):

        localctx = STIXPatternParser.FirstPathComponentContext(self, self._ctx, self.state)
        self.enterRule(localctx, 26, self.RULE_firstPathComponent)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 197
            _la = self._input.LA(1)
            if not(_la==7 or _la==29):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class ObjectPathComponentContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser


        def getRuleIndex(self):
            return STIXPatternParser.RULE_objectPathComponent

     
        def copyFrom(self, ctx:ParserRuleContext):
            super().copyFrom(ctx)


    class IndexPathStepContext(ObjectPathComponentContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObjectPathComponentContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def LBRACK(self):
            return self.getToken(STIXPatternParser.LBRACK, 0)
        def RBRACK(self):
            return self.getToken(STIXPatternParser.RBRACK, 0)
        def IntPosLiteral(self):
            return self.getToken(STIXPatternParser.IntPosLiteral, 0)
        def IntNegLiteral(self):
            return self.getToken(STIXPatternParser.IntNegLiteral, 0)
        def ASTERISK(self):
            return self.getToken(STIXPatternParser.ASTERISK, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterIndexPathStep" ):
                listener.enterIndexPathStep(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitIndexPathStep" ):
                listener.exitIndexPathStep(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitIndexPathStep" ):
                return visitor.visitIndexPathStep(self)
            else:
                return visitor.visitChildren(self)


    class PathStepContext(ObjectPathComponentContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObjectPathComponentContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def objectPathComponent(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.ObjectPathComponentContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.ObjectPathComponentContext,i)


        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPathStep" ):
                listener.enterPathStep(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPathStep" ):
                listener.exitPathStep(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPathStep" ):
                return visitor.visitPathStep(self)
            else:
                return visitor.visitChildren(self)


    class KeyPathStepContext(ObjectPathComponentContext):

        def __init__(self, parser, ctx:ParserRuleContext): # actually a STIXPatternParser.ObjectPathComponentContext
            super().__init__(parser)
            self.copyFrom(ctx)

        def DOT(self):
            return self.getToken(STIXPatternParser.DOT, 0)
        def IdentifierWithoutHyphen(self):
            return self.getToken(STIXPatternParser.IdentifierWithoutHyphen, 0)
        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterKeyPathStep" ):
                listener.enterKeyPathStep(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitKeyPathStep" ):
                listener.exitKeyPathStep(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitKeyPathStep" ):
                return visitor.visitKeyPathStep(self)
            else:
                return visitor.visitChildren(self)



    def objectPathComponent(self, _p:int=0):
        _parentctx = self._ctx
        _parentState = self.state
        localctx = STIXPatternParser.ObjectPathComponentContext(self, self._ctx, _parentState)
        _prevctx = localctx
        _startState = 28
        self.enterRecursionRule(localctx, 28, self.RULE_objectPathComponent, _p)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 205
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [39]:
                localctx = STIXPatternParser.KeyPathStepContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx

                self.state = 200
                self.match(STIXPatternParser.DOT)
                self.state = 201
                _la = self._input.LA(1)
                if not(_la==7 or _la==29):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                pass
            elif token in [44]:
                localctx = STIXPatternParser.IndexPathStepContext(self, localctx)
                self._ctx = localctx
                _prevctx = localctx
                self.state = 202
                self.match(STIXPatternParser.LBRACK)
                self.state = 203
                _la = self._input.LA(1)
                if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 1125899906842630) != 0)):
                    self._errHandler.recoverInline(self)
                else:
                    self._errHandler.reportMatch(self)
                    self.consume()
                self.state = 204
                self.match(STIXPatternParser.RBRACK)
                pass
            else:
                raise NoViableAltException(self)

            self._ctx.stop = self._input.LT(-1)
            self.state = 211
            self._errHandler.sync(self)
            _alt = self._interp.adaptivePredict(self._input,19,self._ctx)
            while _alt!=2 and _alt!=ATN.INVALID_ALT_NUMBER:
                if _alt==1:
                    if self._parseListeners is not None:
                        self.triggerExitRuleEvent()
                    _prevctx = localctx
                    localctx = STIXPatternParser.PathStepContext(self, STIXPatternParser.ObjectPathComponentContext(self, _parentctx, _parentState))
                    self.pushNewRecursionContext(localctx, _startState, self.RULE_objectPathComponent)
                    self.state = 207
                    if not self.precpred(self._ctx, 3):
                        from antlr4.error.Errors import FailedPredicateException
                        raise FailedPredicateException(self, "self.precpred(self._ctx, 3)")
                    self.state = 208
                    self.objectPathComponent(4) 
                self.state = 213
                self._errHandler.sync(self)
                _alt = self._interp.adaptivePredict(self._input,19,self._ctx)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.unrollRecursionContexts(_parentctx)
        return localctx


    class SetLiteralContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def LPAREN(self):
            return self.getToken(STIXPatternParser.LPAREN, 0)

        def RPAREN(self):
            return self.getToken(STIXPatternParser.RPAREN, 0)

        def primitiveLiteral(self, i:int=None):
            if i is None:
                return self.getTypedRuleContexts(STIXPatternParser.PrimitiveLiteralContext)
            else:
                return self.getTypedRuleContext(STIXPatternParser.PrimitiveLiteralContext,i)


        def COMMA(self, i:int=None):
            if i is None:
                return self.getTokens(STIXPatternParser.COMMA)
            else:
                return self.getToken(STIXPatternParser.COMMA, i)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_setLiteral

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterSetLiteral" ):
                listener.enterSetLiteral(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitSetLiteral" ):
                listener.exitSetLiteral(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitSetLiteral" ):
                return visitor.visitSetLiteral(self)
            else:
                return visitor.visitChildren(self)




    def setLiteral(self):

        localctx = STIXPatternParser.SetLiteralContext(self, self._ctx, self.state)
        self.enterRule(localctx, 30, self.RULE_setLiteral)
        self._la = 0 # Token type
        try:
            self.state = 227
            self._errHandler.sync(self)
            la_ = self._interp.adaptivePredict(self._input,21,self._ctx)
            if la_ == 1:
                self.enterOuterAlt(localctx, 1)
                self.state = 214
                self.match(STIXPatternParser.LPAREN)
                self.state = 215
                self.match(STIXPatternParser.RPAREN)
                pass

            elif la_ == 2:
                self.enterOuterAlt(localctx, 2)
                self.state = 216
                self.match(STIXPatternParser.LPAREN)
                self.state = 217
                self.primitiveLiteral()
                self.state = 222
                self._errHandler.sync(self)
                _la = self._input.LA(1)
                while _la==40:
                    self.state = 218
                    self.match(STIXPatternParser.COMMA)
                    self.state = 219
                    self.primitiveLiteral()
                    self.state = 224
                    self._errHandler.sync(self)
                    _la = self._input.LA(1)

                self.state = 225
                self.match(STIXPatternParser.RPAREN)
                pass


        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class PrimitiveLiteralContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def orderableLiteral(self):
            return self.getTypedRuleContext(STIXPatternParser.OrderableLiteralContext,0)


        def BoolLiteral(self):
            return self.getToken(STIXPatternParser.BoolLiteral, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_primitiveLiteral

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterPrimitiveLiteral" ):
                listener.enterPrimitiveLiteral(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitPrimitiveLiteral" ):
                listener.exitPrimitiveLiteral(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitPrimitiveLiteral" ):
                return visitor.visitPrimitiveLiteral(self)
            else:
                return visitor.visitChildren(self)




    def primitiveLiteral(self):

        localctx = STIXPatternParser.PrimitiveLiteralContext(self, self._ctx, self.state)
        self.enterRule(localctx, 32, self.RULE_primitiveLiteral)
        try:
            self.state = 231
            self._errHandler.sync(self)
            token = self._input.LA(1)
            if token in [1, 2, 3, 4, 5, 6, 7, 9]:
                self.enterOuterAlt(localctx, 1)
                self.state = 229
                self.orderableLiteral()
                pass
            elif token in [8]:
                self.enterOuterAlt(localctx, 2)
                self.state = 230
                self.match(STIXPatternParser.BoolLiteral)
                pass
            else:
                raise NoViableAltException(self)

        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx


    class OrderableLiteralContext(ParserRuleContext):
        __slots__ = 'parser'

        def __init__(self, parser, parent:ParserRuleContext=None, invokingState:int=-1):
            super().__init__(parent, invokingState)
            self.parser = parser

        def IntPosLiteral(self):
            return self.getToken(STIXPatternParser.IntPosLiteral, 0)

        def IntNegLiteral(self):
            return self.getToken(STIXPatternParser.IntNegLiteral, 0)

        def FloatPosLiteral(self):
            return self.getToken(STIXPatternParser.FloatPosLiteral, 0)

        def FloatNegLiteral(self):
            return self.getToken(STIXPatternParser.FloatNegLiteral, 0)

        def StringLiteral(self):
            return self.getToken(STIXPatternParser.StringLiteral, 0)

        def BinaryLiteral(self):
            return self.getToken(STIXPatternParser.BinaryLiteral, 0)

        def HexLiteral(self):
            return self.getToken(STIXPatternParser.HexLiteral, 0)

        def TimestampLiteral(self):
            return self.getToken(STIXPatternParser.TimestampLiteral, 0)

        def getRuleIndex(self):
            return STIXPatternParser.RULE_orderableLiteral

        def enterRule(self, listener:ParseTreeListener):
            if hasattr( listener, "enterOrderableLiteral" ):
                listener.enterOrderableLiteral(self)

        def exitRule(self, listener:ParseTreeListener):
            if hasattr( listener, "exitOrderableLiteral" ):
                listener.exitOrderableLiteral(self)

        def accept(self, visitor:ParseTreeVisitor):
            if hasattr( visitor, "visitOrderableLiteral" ):
                return visitor.visitOrderableLiteral(self)
            else:
                return visitor.visitChildren(self)




    def orderableLiteral(self):

        localctx = STIXPatternParser.OrderableLiteralContext(self, self._ctx, self.state)
        self.enterRule(localctx, 34, self.RULE_orderableLiteral)
        self._la = 0 # Token type
        try:
            self.enterOuterAlt(localctx, 1)
            self.state = 233
            _la = self._input.LA(1)
            if not((((_la) & ~0x3f) == 0 and ((1 << _la) & 766) != 0)):
                self._errHandler.recoverInline(self)
            else:
                self._errHandler.reportMatch(self)
                self.consume()
        except RecognitionException as re:
            localctx.exception = re
            self._errHandler.reportError(self, re)
            self._errHandler.recover(self, re)
        finally:
            self.exitRule()
        return localctx



    def sempred(self, localctx:RuleContext, ruleIndex:int, predIndex:int):
        if self._predicates == None:
            self._predicates = dict()
        self._predicates[1] = self.observationExpressions_sempred
        self._predicates[2] = self.observationExpressionOr_sempred
        self._predicates[3] = self.observationExpressionAnd_sempred
        self._predicates[4] = self.observationExpression_sempred
        self._predicates[5] = self.comparisonExpression_sempred
        self._predicates[6] = self.comparisonExpressionAnd_sempred
        self._predicates[14] = self.objectPathComponent_sempred
        pred = self._predicates.get(ruleIndex, None)
        if pred is None:
            raise Exception("No predicate with index:" + str(ruleIndex))
        else:
            return pred(localctx, predIndex)

    def observationExpressions_sempred(self, localctx:ObservationExpressionsContext, predIndex:int):
            if predIndex == 0:
                return self.precpred(self._ctx, 2)
         

    def observationExpressionOr_sempred(self, localctx:ObservationExpressionOrContext, predIndex:int):
            if predIndex == 1:
                return self.precpred(self._ctx, 2)
         

    def observationExpressionAnd_sempred(self, localctx:ObservationExpressionAndContext, predIndex:int):
            if predIndex == 2:
                return self.precpred(self._ctx, 2)
         

    def observationExpression_sempred(self, localctx:ObservationExpressionContext, predIndex:int):
            if predIndex == 3:
                return self.precpred(self._ctx, 3)
         

            if predIndex == 4:
                return self.precpred(self._ctx, 2)
         

            if predIndex == 5:
                return self.precpred(self._ctx, 1)
         

    def comparisonExpression_sempred(self, localctx:ComparisonExpressionContext, predIndex:int):
            if predIndex == 6:
                return self.precpred(self._ctx, 2)
         

    def comparisonExpressionAnd_sempred(self, localctx:ComparisonExpressionAndContext, predIndex:int):
            if predIndex == 7:
                return self.precpred(self._ctx, 2)
         

    def objectPathComponent_sempred(self, localctx:ObjectPathComponentContext, predIndex:int):
            if predIndex == 8:
                return self.precpred(self._ctx, 3)
         




