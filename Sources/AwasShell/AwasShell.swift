import AwasLanguage
import CEditShim
