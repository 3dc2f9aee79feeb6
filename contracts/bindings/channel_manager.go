// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ChannelBaseChannel is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseChannel struct {
	WeiHub        *big.Int
	WeiUser       *big.Int
	TokenHub      *big.Int
	TokenUser     *big.Int
	WeiTotal      *big.Int
	TokenTotal    *big.Int
	TxCountGlobal uint64
	TxCountChain  uint64
	ClosingTime   uint64
	ThreadCount   uint32
	Status        uint8
	LockedWei     *big.Int
	LockedToken   *big.Int
	ThreadRoot    [32]byte
	LockRoot      [32]byte
	CreditedWei   *big.Int
	CreditedToken *big.Int
}

// ChannelBaseDirectDeposits is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseDirectDeposits struct {
	WeiAmount   *big.Int
	TokenAmount *big.Int
}

// ChannelBaseThreadDispute is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseThreadDispute struct {
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       uint64
	ClosingTime   uint64
}

// ChannelTypesChannelState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesChannelState struct {
	Hub                        common.Address
	User                       common.Address
	Recipient                  common.Address
	WeiHub                     *big.Int
	WeiUser                    *big.Int
	TokenHub                   *big.Int
	TokenUser                  *big.Int
	PendingDepositWeiHub       *big.Int
	PendingWithdrawalWeiHub    *big.Int
	PendingDepositWeiUser      *big.Int
	PendingWithdrawalWeiUser   *big.Int
	PendingDepositTokenHub     *big.Int
	PendingWithdrawalTokenHub  *big.Int
	PendingDepositTokenUser    *big.Int
	PendingWithdrawalTokenUser *big.Int
	CreditedDepositWei         *big.Int
	CreditedDepositToken       *big.Int
	TxCountGlobal              *big.Int
	TxCountChain               *big.Int
	ThreadRoot                 [32]byte
	ThreadCount                *big.Int
	LockRoot                   [32]byte
	LockedWei                  *big.Int
	LockedToken                *big.Int
	Timeout                    *big.Int
}

// ChannelTypesLock is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesLock struct {
	Id          *big.Int
	ToUser      bool
	AmountWei   *big.Int
	AmountToken *big.Int
	Hashlock    [32]byte
	Expiry      *big.Int
}

// ChannelTypesThreadState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesThreadState struct {
	Hub           common.Address
	Sender        common.Address
	Receiver      common.Address
	ThreadId      *big.Int
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       *big.Int
}

// ChannelManagerMetaData contains all meta data concerning the ChannelManager contract.
var ChannelManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengePeriod_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotSettling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CreditDecreased\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CreditExceedsDeposits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientChannelFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"InvalidChainCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidChallengePeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParties\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedSigner\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThreadState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LockAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"LockNotYetResolvable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoThreadLeft\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"earliest\",\"type\":\"uint256\"}],\"name\":\"NukeTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyEmptied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadNotInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimeoutRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"name\":\"UpdateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WeiTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongDepositValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToHub\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToHub\",\"type\":\"uint256\"}],\"name\":\"ChannelEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ChannelReopened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byHub\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"paidTo\",\"type\":\"address\"}],\"name\":\"LockResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"PayoutDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"PreimageRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ThreadExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadsNuked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NUKE_DELAY_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"challengeThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"channelKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"channelStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"emptyChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"}],\"name\":\"emptyThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getChannel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCountGlobal\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCountChain\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"threadCount\",\"type\":\"uint32\"},{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"lockedWei\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lockedToken\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"creditedWei\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"creditedToken\",\"type\":\"uint128\"}],\"internalType\":\"structChannelBase.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getDirectDeposits\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenAmount\",\"type\":\"uint128\"}],\"internalType\":\"structChannelBase.DirectDeposits\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"}],\"name\":\"getThread\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"}],\"internalType\":\"structChannelBase.ThreadDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"}],\"name\":\"getThreadMark\",\"outputs\":[{\"internalType\":\"enumChannelBase.ThreadMark\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"hubAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"lockLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"lockKey\",\"type\":\"bytes32\"}],\"name\":\"lockResolved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"nukeThreads\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"lock\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"resolveLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"revealPreimage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"}],\"name\":\"revealedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"}],\"name\":\"startExitThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUpdate\",\"type\":\"bytes\"}],\"name\":\"startExitThreadWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"startExitWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"}],\"name\":\"threadRecordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"threadStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedDepositToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"}],\"name\":\"userAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6101a080604052346101e257604081615849803803809161002082856101e6565b8339810103126101e2578051906001600160a01b03821682036101e25760200151906040516100506040826101e6565b6005815260208101906473706f6b6560d81b8252604051916100736040846101e6565b600183526020830191603160f81b835261008c8161021d565b610120526100998461021d565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010260c0826101e6565b5190206080523060c05281156101d35761016052610180526040516155c09081610289823960805181614f7a015260a05181615031015260c05181614f4b015260e05181614fc901526101005181614fef01526101205181611d4801526101405181611d710152610160518181816101cf01528181611275015281816112f801528181611af401528181611ee00152818161273f015281816129f9015281816135a60152613f260152610180518181816106f9015281816120d401528181612be501528181612e260152614dd20152f35b63b4e1243360e01b5f5260045ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020957604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610248576020815191015160208210610239571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80631173d8d4146134f957806314e8c42a146130fe57806316ada4651461306a57806322e5f63614612f965780632bd24f4a14612dc45780633c4deb1114612d9e5780633eb4925914612d835780633f57ddde14612c90578063426fc53414612af35780634a3e200314612abb5780634c33151e146127995780634e71d92d14612678578063591fc66f146126405780636adc799c146126165780636daa830d1461228e578063789cc59e146121a8578063793360bd146120345780637a04924e14611fdc5780637faf8f7c14611f5f5780638340f54914611e4457806384b0196e14611d30578063885ae85714611bb45780638a28dbc514611b7c5780639a44da8314611b5f578063a4326746146119d7578063aee26d3f14611786578063bf13d3b214611757578063bfd99e8a14611464578063cd2c73be14611440578063d9fb214f14610d94578063ddad333c14610d76578063e563338c146108ab578063e590609714610873578063ec4ae9691461071c578063f3f480d9146106e2578063f5d6d9aa146101f75763fc0c546a146101b0575f80fd5b346101f3575f6003193601126101f35760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101f3576102053661370b565b919061020f613be2565b61021981836138f6565b5f52600260205260405f20906003820180549060ff8260e01c1661023c81613770565b600281036106ae575061024e86613b0f565b9461025b86858388614a4a565b95865f52600460205260ff60405f20541661027581613770565b80156106865760029061028781613770565b1461065e575f52600360205260405f209467ffffffffffffffff600287015460401c16804210610633575085546001600160801b0381169060801c60016102ce82846137ea565b980154976001600160801b0389169860801c966102eb888b6137ea565b936004860154916103056001600160801b038416856137ea565b9260028801938454906001600160801b03821610918215610618575b50506105f05760c01c63ffffffff16156105c85760208d01986001600160a01b0361034b8b613927565b6001600160a01b038d1696911686036105b0575050906001600160801b038061041b935b169b169b5f52600460205260405f2060027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160801b036103c46103bb85613d5e565b828454166138d6565b166fffffffffffffffffffffffffffffffff198254161781556103f36103e986613d5e565b825460801c6138d6565b6001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff875460c01c16019a63ffffffff8c116105835761050c610559986104ee8d61055e9f8e610524978f9d6104c4936104bf91907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b6139b8565b976001600160a01b038b1698895f5260086020526104e760405f209182546137ea565b90556139b8565b865f52600960205261050560405f209182546137ea565b9055613927565b90606061051b60408301613927565b91013591614a1a565b917ff09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744604080518b81528c6020820152a4613da8565b613e62565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6001600160801b03919c5061041b939250819061036f565b7fe49404b9000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f1c92c7ce000000000000000000000000000000000000000000000000000000005f5260045ffd5b61062791925060801c886137ea565b9060801c108f80610321565b7ff5f59f07000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f73d534af000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa603512a000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fd644ca95000000000000000000000000000000000000000000000000000000005f526106da81613770565b60045260245ffd5b346101f3575f6003193601126101f35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101f3576101a06003193601126101f3576107366135d0565b61073e6135e6565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101f3576101643567ffffffffffffffff81116101f35761078b903690600401613610565b610184359167ffffffffffffffff83116101f3576107b06107c2933690600401613641565b9290916107bb613be2565b8686614c1e565b916064356001600160a01b03811681036101f3576084356001600160a01b03811681036101f35760026108247fcbdc45bea07defc5425e7543757078129870b65e0f4d54d8ead5618cbb5d398093836001600160a01b03945060a43591614a1a565b9501546040805167ffffffffffffffff808416825292821c9092166020830152938216949091169290a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101f35760206003193601126101f3576001600160a01b036108946135d0565b165f526009602052602060405f2054604051908152f35b346101f3576102e06003193601126101f3576108c56135d0565b6108cd6135e6565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101f3576101643567ffffffffffffffff81116101f35761091a903690600401613610565b6101849391933567ffffffffffffffff81116101f35761093e903690600401613641565b916101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe5c3601126101f3576102c43567ffffffffffffffff81116101f35761098b903690600401613641565b939092610996613be2565b6101a435926001600160a01b038416938481036101f357506044356001600160a01b038116948582036101f3578514801590610d40575b8015610d0a575b8015610cfb575b610c165750606435936001600160a01b03851685036101f3576084356001600160a01b03811681036101f357610a6e95610a189160a43591614a1a565b610a226044613fad565b60405191602083019384526040830152606082015260608152610a46608082613895565b5190205f52600360205267ffffffffffffffff600260405f20015460401c1615988789614c1e565b948015610c84575b610ae1575b50506101c4356001600160a01b03811681036101f3576101e4356001600160a01b03811681036101f35760026108247fcbdc45bea07defc5425e7543757078129870b65e0f4d54d8ead5618cbb5d398093836001600160a01b0394506102043591614a1a565b61022435906102443590610af582846137ea565b610b0d88546001600160801b038160801c91166137ea565b14801590610c51575b8015610c3e575b610c1657610b45610b6393610b40610b8c966001600160801b03946101a461538e565b613d5e565b166fffffffffffffffffffffffffffffffff19875416178655613d5e565b84546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916178455565b610bcd610b9b61026435613d5e565b6001600160801b036001860191166fffffffffffffffffffffffffffffffff198254161781556103f361028435613d5e565b610bd96102a435615342565b67ffffffffffffffff6002850191167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790558380610a7b565b7f3f1e3322000000000000000000000000000000000000000000000000000000005f5260045ffd5b50610c4b6101a488614ed8565b15610b1d565b50610c6261028435610264356137ea565b610c7d60018901546001600160801b038160801c91166137ea565b1415610b16565b5067ffffffffffffffff600286015460401c1642108015610a76575061024435855460801c808210159182610ce6575b82610cc1575b5050610a76565b1480159150610cd2575b8680610cba565b50600185015460801c610284351415610ccb565b600188015460801c6102843510159250610cb4565b5060a4356102043514156109db565b506101e4356001600160a01b038116908181036101f35750608435906001600160a01b038216918281036101f3575014156109d4565b506101c4356001600160a01b038116908181036101f35750606435906001600160a01b038216918281036101f3575014156109cd565b346101f35760206003193601126101f357610d92600435613b75565b005b610d9d366136d1565b9091610da7613be2565b60208101916001600160a01b03610dbd84613927565b16330361141457610120820135918234036113e457610e229394610df2610de383613927565b610dec88613927565b906138f6565b610dfc8184614750565b90610e4f610e3e610e0c86613927565b60e0870135998a916101608901359b8c916148fb565b610e38610e30858988615057565b9a90926137ea565b906137ea565b96610e386101a0870135809a6137ea565b926101008501359261014086013596610e6888866137ea565b95610180880135966101c08901359a610e818c8a6137ea565b9082811080156113db575b6105f057610ea392610e9d916139b8565b926139b8565b9160608901359460808a01359183610ecb8c6102c0610ec2878c6137ea565b910135906137ea565b1180156113ba575b6105f0576001600160a01b038b610f08610f11938395610f03610efe610ef886613927565b95614a9a565b614071565b615454565b90949194615488565b16918291160361138f5750936111a293604099989693610f7493600399978c5194610f3b86613879565b8552602085015260a08b01358c85015260c08b0135606085015267ffffffffffffffff6102408c01359a8b94015460801c16938b615160565b5f918252600260209081529188902081519282015160801b6fffffffffffffffffffffffffffffffff19166001600160801b03938416178155909190610200906007908a85015160608601516fffffffffffffffffffffffffffffffff1990861660801b169085166001600160801b03161760018201555b60808581015160a08701516fffffffffffffffffffffffffffffffff1990871690921b82169086166001600160801b031617600283015560c086015160038301805460e0890151931667ffffffffffffffff929092169190911760409290921b6fffffffffffffffff00000000000000001691909117815561111b9061010087015181547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617815561012087015181547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff000000000000000000000000000000000000000000000000161781556101408701519061111682613770565b613a40565b6101608501516101808601516fffffffffffffffffffffffffffffffff1990861660801b169085166001600160801b03161760048201556101a085015160058201556101c085015160068201556101e085015192909401516001600160801b03928416929092169190921660801b6fffffffffffffffffffffffffffffffff191617910155565b80611360575b5080611331575b506111b982613927565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b03806111ef8c613927565b8851955f875261022089013560208801528987015216941692a3016001600160a01b0361121b82613927565b16611322575061122a84613927565b915b806112f1575b50806112a0575b505080611265575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61127161129992613927565b30907f0000000000000000000000000000000000000000000000000000000000000000613c56565b808061055e565b5f80808093855af16112b061393b565b50156112bc5780611239565b6001600160a01b03907f43a39e1a000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61131c90837f00000000000000000000000000000000000000000000000000000000000000006149a8565b84611232565b61132b90613927565b9161122c565b6001600160a01b0361134284613927565b165f526009602052611358845f209182546137ea565b9055876111af565b6001600160a01b0361137185613927565b165f526008602052611387855f209182546137ea565b9055886111a8565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50846113d58c6102e0610ec260c083013560a08401356137ea565b11610ed3565b50818410610e8c565b827f91a987de000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f544fc10d000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101f3576101206003193601126101f357602061145c613a97565b604051908152f35b346101f35760406003193601126101f35761147d6135d0565b6114856135e6565b9061148e613be2565b61149882826138f6565b90815f52600260205260405f206003810191825460ff8160e01c166114bc81613770565b6001810361172b575067ffffffffffffffff9060801c16804210610633575084908254948560801c94600185018054928360801c986001600160801b0316936001600160801b03169161150f858a6137ea565b6001600160801b0316600289019081546001600160801b031690611532916138d6565b6001600160801b031681546fffffffffffffffffffffffffffffffff191617815561155d848c6137ea565b6001600160801b0316815460801c90611575916138d6565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff19161790555f90555f87555f52600560205260405f2054966001600160801b03881690816115c4916137ea565b9060078801918254906001600160801b0382166115e0916139b8565b9960801c9a8b6115ef916137ea565b9060801c6115fc916139b8565b9961162b9083906001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b6001600160801b031681546fffffffffffffffffffffffffffffffff19161790556001600160a01b03841691825f52600860205260405f2084815490611670916137ea565b9055825f52600960205260405f208281549061168b916137ea565b905580547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560405192878452886020850152604084015260608301526001600160a01b0384169160807fdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d91a361172292613da8565b61055e92613e62565b7f0d76e09f000000000000000000000000000000000000000000000000000000005f526106da81613770565b346101f35760206003193601126101f3576004355f526006602052602060ff60405f2054166040519015158152f35b346101f35760406003193601126101f3576117b96117a26135d0565b6117aa6135e6565b906117b36139c5565b506138f6565b5f52600260205261022060405f206007604051916117d68361385c565b80546001600160801b038116845260801c602084015260018101546001600160801b038116604085015260801c606084015260028101546001600160801b038116608085015260801c60a084015260ff600382015467ffffffffffffffff811660c086015267ffffffffffffffff8160401c1660e086015267ffffffffffffffff8160801c1661010086015263ffffffff8160c01c1661012086015260e01c1661187f81613770565b61014084015260048101546001600160801b03811661016085015260801c61018084015260058101546101a084015260068101546101c084015201546001600160801b0381166101e083015260801c6102008201526001600160801b03610200604051928281511684528260208201511660208501528260408201511660408501528260608201511660608501528260808201511660808501528260a08201511660a085015267ffffffffffffffff60c08201511660c085015267ffffffffffffffff60e08201511660e085015267ffffffffffffffff6101008201511661010085015263ffffffff6101208201511661012085015261014081015161198481613770565b610140850152826101608201511661016085015282610180820151166101808501526101a08101516101a08501526101c08101516101c0850152826101e0820151166101e0850152015116610200820152f35b346101f35760406003193601126101f3576004356024356119f6613be2565b335f5260086020528160405f2054108015611b4a575b611b1e57335f52600860205260405f20611a278382546139b8565b9055335f52600960205260405f20611a408282546139b8565b90556040518281528160208201527fb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea560403392a280611aed575b5080611aa5575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093335af1611ab561393b565b5015611ac1578061055e565b7f43a39e1a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b611b1890337f00000000000000000000000000000000000000000000000000000000000000006149a8565b81611a7a565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f5260096020528060405f205410611a0c565b346101f3575f6003193601126101f3576020604051620186a08152f35b346101f35760206003193601126101f3576001600160a01b03611b9d6135d0565b165f52600a602052602060405f2054604051908152f35b346101f3576103206003193601126101f357604051602081017fea78abf9f63decc54c88b4eefdb2e65961cd4a8162f6713899a207e2d43bde1881526004356001600160a01b0381168091036101f35760408301526024356001600160a01b0381168091036101f3576060830152604435906001600160a01b0382168092036101f3578261145c926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101243561016082015261014435610180820152610164356101a0820152610184356101c08201526101a4356101e08201526101c4356102008201526101e435610220820152610204356102408201526102243561026082015261024435610280820152610264356102a0820152610284356102c08201526102a4356102e08201526102c4356103008201526102e435610320820152610304356103408201526103408152611d2861036082613895565b519020614071565b346101f3575f6003193601126101f357611de8611d6c7f00000000000000000000000000000000000000000000000000000000000000006153e1565b611d957f00000000000000000000000000000000000000000000000000000000000000006153e1565b6020611df660405192611da88385613895565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906137a7565b9085820360408701526137a7565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611e2d57505050500390f35b835185528695509381019392810192600101611e1e565b60606003193601126101f357611e586135d0565b611e606135e6565b60443591611e6e82826140b2565b611e7882826138f6565b5f52600560205260405f209134611f24575b8315159283611f04575b507ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c560406001600160a01b038082519434865288602087015216941692a3611ed857005b610d929030337f0000000000000000000000000000000000000000000000000000000000000000613c56565b611f1e906103f3611f1487613d5e565b825460801c613998565b84611e94565b6001600160801b03611f41611f3834613d5e565b82865416613998565b166fffffffffffffffffffffffffffffffff19845416178355611e8a565b346101f35760406003193601126101f357611f9d611f7b6135d0565b611f836135e6565b905f6020604051611f9381613840565b82815201526138f6565b5f5260056020526040805f206001600160801b03825191611fbd83613840565b54602082821693848152019060801c8152835192835251166020820152f35b346101f357612012611fed3661370b565b91611ff882826138f6565b5f52600260205261200c60405f2093613b0f565b92614a4a565b5f526004602052602060ff60405f2054166040519061203081613770565b8152f35b346101f3576120423661366f565b61204f9492919394613be2565b61205883613927565b93612070602085019561206a87613927565b906140b2565b61208b61207c85613927565b61208587613927565b90614722565b6120a061209785613927565b610dec87613927565b92835f52600260205260405f209660ff600389015460e01c166120c281613770565b8061217c5750856120ff9697986120f97f0000000000000000000000000000000000000000000000000000000000000000426137ea565b96614124565b7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f66001600160a01b0361213a61213484613927565b94613927565b60408051338152610220959095013560208601529082169490911692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7fd7bcb4ab000000000000000000000000000000000000000000000000000000005f526106da81613770565b346101f3576101206003193601126101f3575f60a06040516121c9816137f7565b82815282602082015282604082015282606082015282608082015201526121ee613a97565b5f52600360205260c060405f2067ffffffffffffffff604051612210816137f7565b818354916001600160801b0380841695868352602083019460801c85528160018201549181600260408701928286168452606088019560801c86520154978760a06080890198828c168a52019960401c1689526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346101f357600319360161026081126101f357610120136101f3576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffedc3601126101f3576102443567ffffffffffffffff81116101f3576122f5903690600401613641565b906122fe613be2565b610124356001600160a01b038116918282036101f3576004356001600160a01b038116908181036101f3575083148015906125e0575b80156125aa575b801561259b575b610c165761234e613a97565b5f52600360205260405f20600281019467ffffffffffffffff865460401c168015610686578042101561257057506101a4356101c43561238e81836137ea565b6123a685546001600160801b038160801c91166137ea565b1480159061253d575b801561252a575b610c16576001600160801b036123dc6123fa93610b40612423966124619961012461538e565b166fffffffffffffffffffffffffffffffff19855416178455613d5e565b82546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916178255565b6001600160801b0360016124396101e435613d5e565b920191166fffffffffffffffffffffffffffffffff198254161781556103f361020435613d5e565b610224359267ffffffffffffffff61247885615342565b167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617905550610144356001600160a01b03811681036101f35761016435906001600160a01b03821682036101f3577f65e565ef0b5bb33fe277e52c8686f9a3a4c9b5452a11ef198acc0bbb43c3efc3916020916124fd916101843591614a1a565b93604051908152a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5061253761012485614ed8565b156123b6565b5061254e610204356101e4356137ea565b61256960018601546001600160801b038160801c91166137ea565b14156123af565b7f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50606435610184351415612342565b50610164356001600160a01b038116908181036101f35750604435906001600160a01b038216918281036101f35750141561233b565b50610144356001600160a01b038116908181036101f35750602435906001600160a01b038216918281036101f357501415612334565b346101f35760206003193601126101f3576004355f526007602052602060405f2054604051908152f35b346101f35760206003193601126101f3576001600160a01b036126616135d0565b165f526008602052602060405f2054604051908152f35b346101f3575f6003193601126101f357612690613be2565b335f52600a60205260405f2054335f52600b60205260405f2054811590818092612791575b61276957335f52600a6020525f6040812055335f52600b6020525f60408120556040518381528160208201527f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a60403392a280612738575b5015611aa5575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61276390337f00000000000000000000000000000000000000000000000000000000000000006149a8565b8261270d565b7f969bf728000000000000000000000000000000000000000000000000000000005f5260045ffd5b5080156126b5565b346101f3576127a7366136d1565b906127b0613be2565b6001600160a01b036127c184613927565b16330361141457826127d561283994613927565b916127e76020830193610dec85613927565b6127f18184614750565b90612855610120850135610e3860e087013561284f61281084836137ea565b916101608a01359c8d9361282a6101a08d013580966137ea565b906128348d613927565b6148fb565b610e38612847888c8b615057565b9690926137ea565b9a6137ea565b92610100850135926101408601359761286e89866137ea565b95610180880135966101c08901359b6128878d8a6137ea565b908281108015612ab2575b6105f0576128a392610e9d916139b8565b9160608901359460808a013591836128c28c6102c0610ec2878c6137ea565b118015612a91575b6105f0576001600160a01b038b610f086128f0938f95610f03610efe610ef88799613927565b16918291160361138f57509361291a93604099989693610f7493600399978c5194610f3b86613879565b80612a62575b5080612a33575b5061293182613927565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b038061296789613927565b8851956001875261022089013560208801528987015216941692a3016001600160a01b0361299482613927565b16612a2357506129a390613927565b915b806129f2575b50806129d6575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093855af16129e661393b565b50156112bc578061055e565b612a1d90837f00000000000000000000000000000000000000000000000000000000000000006149a8565b826129ab565b612a2d9150613927565b916129a5565b6001600160a01b03612a4484613927565b165f526009602052612a5a845f209182546137ea565b905586612927565b6001600160a01b03612a7385613927565b165f526008602052612a89855f209182546137ea565b905587612920565b5084612aac8c6102e0610ec260c083013560a08401356137ea565b116128ca565b50818410612892565b346101f35760206003193601126101f3576001600160a01b03612adc6135d0565b165f52600b602052602060405f2054604051908152f35b346101f35760406003193601126101f357612b0c6135d0565b612b146135e6565b612b1c613be2565b612b2681836140b2565b612b308183614722565b612b3a81836138f6565b5f526002602052600360405f2001805460ff8160e01c16612b5a81613770565b8061217c57506001600160a01b038067ffffffffffffffff7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6947c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff60409616178155612c58612c0f612c0a7f0000000000000000000000000000000000000000000000000000000000000000426137ea565b615342565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b541694835195338752602087015216941692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101f357612c9e3661366f565b612cab9492919394613be2565b612cb483613927565b93612cc6602085019561206a87613927565b612cd261209785613927565b92835f52600260205260405f2096600388015460ff8160e01c16612cf581613770565b6001810361172b575067ffffffffffffffff9060801c169485421015612d575795809798612d2297614124565b7fa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f6001600160a01b0361213a61213484613927565b857f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101f3575f6003193601126101f3576020604051600a8152f35b346101f35760406003193601126101f357602061145c612dbc6135d0565b610dec6135e6565b346101f35760406003193601126101f357612ddd6135d0565b612de56135e6565b90612dee613be2565b612df882826138f6565b5f52600260205260405f20906003820191825460ff8160e01c16612e1b81613770565b600281036106ae57507f0000000000000000000000000000000000000000000000000000000000000000600a810290808204600a14901517156105835767ffffffffffffffff612e6e9260801c166137ea565b804210612f6b575083600282019283549460048401948554956001600160801b03871697886001600160801b03821690612ea7916138d6565b6001600160801b03169760801c9060801c90612ec2916138d6565b82546001600160801b03998a166fffffffffffffffffffffffffffffffff19918216811785559254169091179091559095169480547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1690556040518481528560208201526001600160a01b038316906001600160a01b0383169060407f078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f491a361172292613da8565b7ff87a5428000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101f3576101206003193601126101f357604051602081017fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d81526004356001600160a01b0381168091036101f35760408301526024356001600160a01b0381168091036101f3576060830152604435906001600160a01b0382168092036101f3578261145c926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101408152611d2861016082613895565b346101f35760c06003193601126101f357604051602081017face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8281526004356040830152602435918215158093036101f3576020926060820152604435608082015260643560a082015260843560c082015260a43560e082015260e081526130f361010082613895565b519020604051908152f35b346101f3576101206003193601126101f3576131186135d0565b6131206135e6565b9060c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101f3576101043567ffffffffffffffff81116101f35761316c903690600401613610565b9190613176613be2565b61318084836138f6565b5f52600260205260405f2060038101549260ff8460e01c166131a181613770565b600281036106ae575060405160208101917face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd82835260443560408301526064358015158091036101f3578060608401526084359687608085015261323c60a435998a60a087015260c435968760c088015260e435968760e082015260e0815261322b61010082613895565b51902098899160068a015491613d12565b156134d157866132b861324f8c866138f6565b61328c60405193849267ffffffffffffffff602085019760801c16908767ffffffffffffffff604092959493606083019683521660208201520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282613895565b51902093845f52600660205260ff60405f2054166134a9575f52600760205260405f205483811515918261349e575b505015928380613494575b6134695750600485019283546001600160801b038116891190811561345c575b506105f05761338d8a9461340d965f52600660205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160801b036133686103bb8c613d5e565b166fffffffffffffffffffffffffffffffff198254161781556103f36103e98c613d5e565b6133b261339989613d5e565b6001600160801b0361336860028a0192828454166138d6565b15149384156134555782955b6001600160a01b038316966001600160a01b0360405191168152877f98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f4360206001600160a01b03881693a4613da8565b1561341c575061055e92613e62565b809293505f52600860205261343660405f209182546137ea565b90555f52600960205261344e60405f209182546137ea565b905561055e565b81956133be565b905060801c89118b613312565b7fb568c042000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50804211156132f2565b11159050838b6132e7565b7fc49b89ac000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b60206003193601126101f357600435613510613be2565b335f52600860205260405f206135273482546137ea565b9055335f52600960205260405f206135408282546137ea565b90556040513481528160208201527fdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca860403392a28061359e575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6135ca9030337f0000000000000000000000000000000000000000000000000000000000000000613c56565b8061055e565b600435906001600160a01b03821682036101f357565b602435906001600160a01b03821682036101f357565b35906001600160a01b03821682036101f357565b9181601f840112156101f35782359167ffffffffffffffff83116101f3576020808501948460051b0101116101f357565b9181601f840112156101f35782359167ffffffffffffffff83116101f357602083818601950101116101f357565b90600319820161036081126101f357610320136101f3576004916103243567ffffffffffffffff81116101f357816136a991600401613641565b92909291610344359067ffffffffffffffff82116101f3576136cd91600401613641565b9091565b90600319820161034081126101f357610320136101f357600491610324359067ffffffffffffffff82116101f3576136cd91600401613641565b6101606003198201126101f3576004356001600160a01b03811681036101f357916024356001600160a01b03811681036101f3577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc610120919301126101f357604490565b6003111561377a57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9190820180921161058357565b60c0810190811067ffffffffffffffff82111761381357604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040810190811067ffffffffffffffff82111761381357604052565b610220810190811067ffffffffffffffff82111761381357604052565b6080810190811067ffffffffffffffff82111761381357604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761381357604052565b906001600160801b03809116911603906001600160801b03821161058357565b906001600160a01b036040519181602084019416845216604082015260408152613921606082613895565b51902090565b356001600160a01b03811681036101f35790565b3d15613993573d9067ffffffffffffffff82116138135760405191613988601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184613895565b82523d5f602084013e565b606090565b906001600160801b03809116911601906001600160801b03821161058357565b9190820391821161058357565b604051906139d28261385c565b5f610200838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201520152565b90613a4a81613770565b7fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff0000000000000000000000000000000000000000000000000000000083549260e01b169116179055565b6004356001600160a01b038116908181036101f357506024356001600160a01b03811681036101f357604435906001600160a01b03821682036101f357613ae19160643591614a1a565b613aeb6004613fad565b60405191602083019384526040830152606082015260608152613921608082613895565b613b1881613927565b90613b48613b42613b2b60208401613927565b613b3760408501613927565b606085013591614a1a565b91613fad565b604051916001600160a01b0360208401941684526040830152606082015260608152613921608082613895565b604051602081019082825260208152613b8f604082613895565b51902090815f52600760205260405f2054613bde5760207f95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a091835f52600782524260405f2055604051908152a2565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613c2e5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615613cf1575b6040525f60605215613cbc5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b906001811516613d0957823b15153d15161690613cad565b503d5f823e3d90fd5b9092915f925b84841015613d56578360051b830135908181105f14613d45575f52602052600160405f205b930192613d18565b905f52602052600160405f20613d3d565b149392505050565b6001600160801b038111613d78576001600160801b031690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52608060045260245260445ffd5b60038101805492939060c084901c63ffffffff1615801590613e4c575b8015613e3c575b613e355760066001600160a01b0394935f927fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff879616905582600582015501551691167fc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d345f80a3565b5050505050565b50600483015460801c1515613dcc565b506001600160801b036004840154161515613dc5565b5f915f9380151580613f23575b613f1b575b5080613f04575b508115801590613efb575b613e8f57505050565b7f7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b916001600160a01b036040921693845f52600a602052825f20613ed48382546137ea565b9055845f52600b602052825f20613eec8282546137ea565b905582519182526020820152a2565b50821515613e86565b5f8080808486620186a0f1613e7b5791505f613e7b565b93505f613e74565b507f0000000000000000000000000000000000000000000000000000000000000000604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f526001600160a01b0385166004528260245260205f60448180855af19060015f5114821615613fa0575b509060405215613e6f565b3b15153d1516165f613f95565b60405161010060208201927fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d84526001600160a01b03613fec826135fc565b1660408401526001600160a01b03614006602083016135fc565b1660608401526001600160a01b03614020604083016135fc565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c08101358284015260e08101356101208401520135610140820152610140815261392161016082613895565b60429061407c614f41565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b6001600160a01b03908116911681811491821561411b575b508115614112575b8115614108575b506140e057565b7fb6e500fe000000000000000000000000000000000000000000000000000000005f5260045ffd5b905030145f6140d9565b801591506140d2565b1591505f6140ca565b949593909291936102208501359160038501549767ffffffffffffffff8916808511156146f2575060e087013561010088013517610120880135176101408801351761016088013517610180880135176101a0880135176101c08801351715159467ffffffffffffffff6102408901359a60401c169960018b01808c11610583578114968b82109081156146cb575b81156146b5575b5061468657506141cc610efe89614a9a565b926001600160a01b036141de8a613927565b163314159182614658575b50506146475760208701926001600160a01b0361420585613927565b163314159182614611575b505090506145d45750848460405161422781613879565b606082013590818152608083013580602083015260a08401359081604084015260c08501359283606082015297614545575b50505050614268929394615057565b91909683519161427e60208601938451906137ea565b91896142906102c089013580956137ea565b11801561451b575b6105f0576142a46139c5565b5085516142b090613d5e565b93516142bb90613d5e565b9860408701516142ca90613d5e565b96606001516142d890613d5e565b9a6142e290613d5e565b956142ec90613d5e565b926142f690615342565b9061430090615342565b9161430a90615342565b926102808901359463ffffffff86116144ea5761432690613d5e565b966143356102e08b0135613d5e565b9c6143446101e08c0135613d5e565b976143536102008d0135613d5e565b9a6040519e8f926143638461385c565b6001600160801b031683526001600160801b031660208301526001600160801b031690604001526001600160801b031660608d01526001600160801b031660808c01526001600160801b031660a08b015267ffffffffffffffff1660c08a015267ffffffffffffffff1660e089015267ffffffffffffffff1661010088015263ffffffff1661012087015260036001101561377a576102a06001600160801b0394856144e89981809660016101408d0152166101608b0152166101808901526102608101356101a089015201356101c0870152166101e0850152166102008301525f5260026020526001600160801b03610200600760405f208380865116166fffffffffffffffffffffffffffffffff198254161781556144ae8460208701511682906001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b604085015160608601516fffffffffffffffffffffffffffffffff1990861660801b169085166001600160801b0316176001820155610fec565b565b857f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b508461453f614533604089015160608a0151906137ea565b6102e08a0135906137ea565b11614298565b6142689697506145c592916145956145ad926145806040519761456960808a613895565b6080368a376101008a01359060e08b013590615438565b87526101408801359061012089013590615438565b60208601526101808601359061016087013590615438565b60408401526101c0840135906101a085013590615438565b606082015293925f8080614259565b6145e56001600160a01b0391613927565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61461f925061462893615454565b90929192615488565b6001600160a01b038061463a84613927565b1691161415805f80614210565b6001600160a01b036145e588613927565b61466892509061461f9185615454565b6001600160a01b038061467a8a613927565b16911614155f806141e9565b8a7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9050806146c3575b5f6141ba565b5080156146bd565b90508b821415806146dd575b906141b3565b5087806146eb575b156146d7565b50806146e5565b84907ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b0316331415908161473c575b5061141457565b6001600160a01b039150163314155f614735565b919061476a61475e84613927565b61206a60208601613927565b5f52600260205260405f209160038301549060ff8260e01c1661478c81613770565b8061217c575060e081013561010082013517610120820135176101408201351761016082013517610180820135176101a0820135176101c082013517156148d35761030081013580156148ab57804211614880575061022081013567ffffffffffffffff83168082111561485257505061024001359060401c67ffffffffffffffff1660018101808211610583578203614824575050565b7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f204a9e3c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd6b0cd15000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f175c1aea000000000000000000000000000000000000000000000000000000005f5260045ffd5b908061496d575b508161490c575050565b6001600160a01b0316805f5260096020528160405f205410614942575f52600960205261493e60405f209182546139b8565b9055565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b038216805f5260086020528160405f205410614942575f5260086020526149a060405f209182546139b8565b90555f614902565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615614a02575b60405215613cbc5750565b906001811516613d0957823b15153d151616906149f7565b916001600160a01b0360405192816020850195168552166040830152606082015260608152613921608082613895565b92916003614a6467ffffffffffffffff92613921946138f6565b94015460801c1661328c60405193849260208401968767ffffffffffffffff604092959493606083019683521660208201520152565b60405161030060208201927fea78abf9f63decc54c88b4eefdb2e65961cd4a8162f6713899a207e2d43bde1884526001600160a01b03614ad9826135fc565b1660408401526001600160a01b03614af3602083016135fc565b1660608401526001600160a01b03614b0d604083016135fc565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c081013561010084015260e08101356101208401526101008101356101408401526101208101356101608401526101408101356101808401526101608101356101a08401526101808101356101c08401526101a08101356101e08401526101c08101356102008401526101e08101356102208401526102008101356102408401526102208101356102608401526102408101356102808401526102608101356102a08401526102808101356102c08401526102a08101356102e08401526102c0810135828401526102e08101356103208401520135610340820152610340815261392161036082613895565b9493909192614c2d8387614722565b614c3783876138f6565b5f52600260205260405f209360ff600386015460e01c16614c5781613770565b600281036106ae57506044356001600160a01b038116908181036101f357506001600160a01b03881614801590614e87575b8015614e7b575b8015614e70575b8015614e64575b610c16576005850154614cbb92614cb56044613fad565b92613d12565b156134d157614ce193614ccf91604461538e565b614cd96044613b0f565b938492614a4a565b805f52600460205260ff60405f205416614cfa81613770565b6002811461065e57600190614d0e81613770565b14614e3c575f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790555f52600360205260405f209067ffffffffffffffff600283015460401c166144e8576001600160801b03614d7c60c435613d5e565b166fffffffffffffffffffffffffffffffff19835416178255614da161010435613d5e565b6001600160801b036001840191166fffffffffffffffffffffffffffffffff198254161790556144e8614df7612c0a7f0000000000000000000000000000000000000000000000000000000000000000426137ea565b60028401907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b7f94fc5948000000000000000000000000000000000000000000000000000000005f5260045ffd5b50610124351515614c9e565b5060e4351515614c97565b50610144351515614c90565b506064356001600160a01b038116908181036101f357506001600160a01b038516908114159081614eb9575b50614c89565b6084356001600160a01b03811692508281036101f3575014155f614eb3565b60a082013591815460801c808410159384614f2b575b84614efb575b5050505090565b1480159350909190614f13575b50505f808080614ef4565b60e09192506001015460801c91013514155f80614f08565b600184015460801c60e084013510159450614eee565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630148061502e575b15614f9c577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261392160c082613895565b507f00000000000000000000000000000000000000000000000000000000000000004614614f73565b9291906002840154906001600160801b0382169160801c94829160076102006101e0830135920135920154946001600160801b0386169560801c9485878585171717156151555750858210801561514c575b615124575f52600560205260405f20546001600160801b0381168211908115615117575b506150ef576150ec946104bf6150e6926104bf956137ea565b956137ea565b90565b7f01dbe983000000000000000000000000000000000000000000000000000000005f5260045ffd5b905060801c82115f6150cd565b7f5268acfe000000000000000000000000000000000000000000000000000000005f5260045ffd5b508483106150a9565b955050505050509190565b939490929161516d6139c5565b506151788451613d5e565b916151866020860151613d5e565b966151b36151ad6151a7606061519f60408b0151613d5e565b990151613d5e565b94613d5e565b95613d5e565b916151d46151ce6151c86102208b0135615342565b93615342565b91615342565b916102808901359363ffffffff8511615311576151f56102c08b0135613d5e565b976152046102e08c0135613d5e565b966152136101e08d0135613d5e565b986152226102008e0135613d5e565b9b6040519e8f926152328461385c565b6001600160801b031683526001600160801b031660208301526001600160801b031690604001526001600160801b031660608d01526001600160801b031660808c01526001600160801b031660a08b015267ffffffffffffffff1660c08a015267ffffffffffffffff1660e089015267ffffffffffffffff1661010088015263ffffffff1661012087015260035f101561377a576001600160801b0394856102a0928180965f6101408c0152166101608a0152166101808801526102608101356101a088015201356101c0860152166101e08401521661020082015290565b847f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b67ffffffffffffffff811161535e5767ffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52604060045260245260445ffd5b60208101926001600160a01b036153a485613927565b1633146153db576153be92610f03610efe61461f94613fad565b6001600160a01b03806153d084613927565b169116036145d45750565b50505050565b60ff811690601f821161541057604051916153fd604084613895565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9161544391926137ea565b908082106105f0576150ec916139b8565b906041830361547e576154779250602081013591604082359201355f1a90615533565b9192909190565b50505f9160029190565b600481101561377a578061549a575050565b600181036154ca577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036154fe57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146155085750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116155b5579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156155aa575f516001600160a01b038116156155a057905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// ChannelManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use ChannelManagerMetaData.ABI instead.
var ChannelManagerABI = ChannelManagerMetaData.ABI

// ChannelManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ChannelManagerMetaData.Bin instead.
var ChannelManagerBin = ChannelManagerMetaData.Bin

// DeployChannelManager deploys a new Ethereum contract, binding an instance of ChannelManager to it.
func DeployChannelManager(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, challengePeriod_ *big.Int) (common.Address, *types.Transaction, *ChannelManager, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ChannelManagerBin), backend, token_, challengePeriod_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// ChannelManager is an auto generated Go binding around an Ethereum contract.
type ChannelManager struct {
	ChannelManagerCaller     // Read-only binding to the contract
	ChannelManagerTransactor // Write-only binding to the contract
	ChannelManagerFilterer   // Log filterer for contract events
}

// ChannelManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ChannelManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ChannelManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ChannelManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ChannelManagerSession struct {
	Contract     *ChannelManager   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ChannelManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ChannelManagerCallerSession struct {
	Contract *ChannelManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ChannelManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ChannelManagerTransactorSession struct {
	Contract     *ChannelManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ChannelManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ChannelManagerRaw struct {
	Contract *ChannelManager // Generic contract binding to access the raw methods on
}

// ChannelManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ChannelManagerCallerRaw struct {
	Contract *ChannelManagerCaller // Generic read-only contract binding to access the raw methods on
}

// ChannelManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ChannelManagerTransactorRaw struct {
	Contract *ChannelManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewChannelManager creates a new instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManager(address common.Address, backend bind.ContractBackend) (*ChannelManager, error) {
	contract, err := bindChannelManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// NewChannelManagerCaller creates a new read-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerCaller(address common.Address, caller bind.ContractCaller) (*ChannelManagerCaller, error) {
	contract, err := bindChannelManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerCaller{contract: contract}, nil
}

// NewChannelManagerTransactor creates a new write-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*ChannelManagerTransactor, error) {
	contract, err := bindChannelManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerTransactor{contract: contract}, nil
}

// NewChannelManagerFilterer creates a new log filterer instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*ChannelManagerFilterer, error) {
	contract, err := bindChannelManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerFilterer{contract: contract}, nil
}

// bindChannelManager binds a generic wrapper to an already deployed contract.
func bindChannelManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.ChannelManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transact(opts, method, params...)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) NUKEDELAYPERIODS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "NUKE_DELAY_PERIODS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) PAYOUTGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "PAYOUT_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) PAYOUTGAS() (*big.Int, error) {
	return _ChannelManager.Contract.PAYOUTGAS(&_ChannelManager.CallOpts)
}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) PAYOUTGAS() (*big.Int, error) {
	return _ChannelManager.Contract.PAYOUTGAS(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ChallengePeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "challengePeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelKey(opts *bind.CallOpts, hub common.Address, user common.Address) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelKey", hub, user)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x885ae857.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelStateDigest(opts *bind.CallOpts, s ChannelTypesChannelState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelStateDigest", s)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x885ae857.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x885ae857.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32,uint128,uint128))
func (_ChannelManager *ChannelManagerCaller) GetChannel(opts *bind.CallOpts, hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getChannel", hub, user)

	if err != nil {
		return *new(ChannelBaseChannel), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseChannel)).(*ChannelBaseChannel)

	return out0, err

}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32,uint128,uint128))
func (_ChannelManager *ChannelManagerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32,uint128,uint128))
func (_ChannelManager *ChannelManagerCallerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetDirectDeposits is a free data retrieval call binding the contract method 0x7faf8f7c.
//
// Solidity: function getDirectDeposits(address hub, address user) view returns((uint128,uint128))
func (_ChannelManager *ChannelManagerCaller) GetDirectDeposits(opts *bind.CallOpts, hub common.Address, user common.Address) (ChannelBaseDirectDeposits, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getDirectDeposits", hub, user)

	if err != nil {
		return *new(ChannelBaseDirectDeposits), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseDirectDeposits)).(*ChannelBaseDirectDeposits)

	return out0, err

}

// GetDirectDeposits is a free data retrieval call binding the contract method 0x7faf8f7c.
//
// Solidity: function getDirectDeposits(address hub, address user) view returns((uint128,uint128))
func (_ChannelManager *ChannelManagerSession) GetDirectDeposits(hub common.Address, user common.Address) (ChannelBaseDirectDeposits, error) {
	return _ChannelManager.Contract.GetDirectDeposits(&_ChannelManager.CallOpts, hub, user)
}

// GetDirectDeposits is a free data retrieval call binding the contract method 0x7faf8f7c.
//
// Solidity: function getDirectDeposits(address hub, address user) view returns((uint128,uint128))
func (_ChannelManager *ChannelManagerCallerSession) GetDirectDeposits(hub common.Address, user common.Address) (ChannelBaseDirectDeposits, error) {
	return _ChannelManager.Contract.GetDirectDeposits(&_ChannelManager.CallOpts, hub, user)
}

// GetThread is a free data retrieval call binding the contract method 0x789cc59e.
//
// Solidity: function getThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns((uint128,uint128,uint128,uint128,uint64,uint64))
func (_ChannelManager *ChannelManagerCaller) GetThread(opts *bind.CallOpts, initial ChannelTypesThreadState) (ChannelBaseThreadDispute, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getThread", initial)

	if err != nil {
		return *new(ChannelBaseThreadDispute), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseThreadDispute)).(*ChannelBaseThreadDispute)

	return out0, err

}

// GetThread is a free data retrieval call binding the contract method 0x789cc59e.
//
// Solidity: function getThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns((uint128,uint128,uint128,uint128,uint64,uint64))
func (_ChannelManager *ChannelManagerSession) GetThread(initial ChannelTypesThreadState) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, initial)
}

// GetThread is a free data retrieval call binding the contract method 0x789cc59e.
//
// Solidity: function getThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns((uint128,uint128,uint128,uint128,uint64,uint64))
func (_ChannelManager *ChannelManagerCallerSession) GetThread(initial ChannelTypesThreadState) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, initial)
}

// GetThreadMark is a free data retrieval call binding the contract method 0x7a04924e.
//
// Solidity: function getThreadMark(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns(uint8)
func (_ChannelManager *ChannelManagerCaller) GetThreadMark(opts *bind.CallOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState) (uint8, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getThreadMark", hub, user, initial)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// GetThreadMark is a free data retrieval call binding the contract method 0x7a04924e.
//
// Solidity: function getThreadMark(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns(uint8)
func (_ChannelManager *ChannelManagerSession) GetThreadMark(hub common.Address, user common.Address, initial ChannelTypesThreadState) (uint8, error) {
	return _ChannelManager.Contract.GetThreadMark(&_ChannelManager.CallOpts, hub, user, initial)
}

// GetThreadMark is a free data retrieval call binding the contract method 0x7a04924e.
//
// Solidity: function getThreadMark(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) view returns(uint8)
func (_ChannelManager *ChannelManagerCallerSession) GetThreadMark(hub common.Address, user common.Address, initial ChannelTypesThreadState) (uint8, error) {
	return _ChannelManager.Contract.GetThreadMark(&_ChannelManager.CallOpts, hub, user, initial)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) LockLeaf(opts *bind.CallOpts, l ChannelTypesLock) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockLeaf", l)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCaller) LockResolved(opts *bind.CallOpts, lockKey [32]byte) (bool, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockResolved", lockKey)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCallerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveToken(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveToken", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveWei(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveWei", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) RevealedAt(opts *bind.CallOpts, hashlock [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "revealedAt", hashlock)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// ThreadRecordKey is a free data retrieval call binding the contract method 0xcd2c73be.
//
// Solidity: function threadRecordKey((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ThreadRecordKey(opts *bind.CallOpts, initial ChannelTypesThreadState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "threadRecordKey", initial)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ThreadRecordKey is a free data retrieval call binding the contract method 0xcd2c73be.
//
// Solidity: function threadRecordKey((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ThreadRecordKey(initial ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadRecordKey(&_ChannelManager.CallOpts, initial)
}

// ThreadRecordKey is a free data retrieval call binding the contract method 0xcd2c73be.
//
// Solidity: function threadRecordKey((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ThreadRecordKey(initial ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadRecordKey(&_ChannelManager.CallOpts, initial)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ThreadStateDigest(opts *bind.CallOpts, t ChannelTypesThreadState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "threadStateDigest", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCallerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedToken(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedToken", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedWei(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedWei", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// Challenge is a paid mutator transaction binding the contract method 0x3f57ddde.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) Challenge(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challenge", s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x3f57ddde.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x3f57ddde.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x6daa830d.
//
// Solidity: function challengeThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactor) ChallengeThread(opts *bind.TransactOpts, initial ChannelTypesThreadState, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challengeThread", initial, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x6daa830d.
//
// Solidity: function challengeThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerSession) ChallengeThread(initial ChannelTypesThreadState, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, initial, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x6daa830d.
//
// Solidity: function challengeThread((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ChallengeThread(initial ChannelTypesThreadState, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, initial, update, sig)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactorSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x8340f549.
//
// Solidity: function deposit(address hub, address user, uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactor) Deposit(opts *bind.TransactOpts, hub common.Address, user common.Address, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "deposit", hub, user, tokenAmount)
}

// Deposit is a paid mutator transaction binding the contract method 0x8340f549.
//
// Solidity: function deposit(address hub, address user, uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerSession) Deposit(hub common.Address, user common.Address, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.Deposit(&_ChannelManager.TransactOpts, hub, user, tokenAmount)
}

// Deposit is a paid mutator transaction binding the contract method 0x8340f549.
//
// Solidity: function deposit(address hub, address user, uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) Deposit(hub common.Address, user common.Address, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.Deposit(&_ChannelManager.TransactOpts, hub, user, tokenAmount)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyChannel(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyChannel", hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xf5d6d9aa.
//
// Solidity: function emptyThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyThread(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyThread", hub, user, initial)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xf5d6d9aa.
//
// Solidity: function emptyThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) returns()
func (_ChannelManager *ChannelManagerSession) EmptyThread(hub common.Address, user common.Address, initial ChannelTypesThreadState) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, initial)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xf5d6d9aa.
//
// Solidity: function emptyThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyThread(hub common.Address, user common.Address, initial ChannelTypesThreadState) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, initial)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x4c33151e.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) HubAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubAuthorizedUpdate", s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x4c33151e.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x4c33151e.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactor) HubDeposit(opts *bind.TransactOpts, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubDeposit", tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactor) HubWithdraw(opts *bind.TransactOpts, weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubWithdraw", weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) NukeThreads(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "nukeThreads", hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactor) ResolveLock(opts *bind.TransactOpts, hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "resolveLock", hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactor) RevealPreimage(opts *bind.TransactOpts, preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "revealPreimage", preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactorSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExit(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExit", hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThread(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThread", hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThreadWithUpdate(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThreadWithUpdate", hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x793360bd.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitWithUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitWithUpdate", s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x793360bd.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x793360bd.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xd9fb214f.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactor) UserAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "userAuthorizedUpdate", s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xd9fb214f.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xd9fb214f.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// ChannelManagerChannelEmptiedIterator is returned from FilterChannelEmptied and is used to iterate over the raw logs and unpacked data for ChannelEmptied events raised by the ChannelManager contract.
type ChannelManagerChannelEmptiedIterator struct {
	Event *ChannelManagerChannelEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelEmptied represents a ChannelEmptied event raised by the ChannelManager contract.
type ChannelManagerChannelEmptied struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	WeiToHub    *big.Int
	TokenToHub  *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterChannelEmptied is a free log retrieval operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelEmptiedIterator{contract: _ChannelManager.contract, event: "ChannelEmptied", logs: logs, sub: sub}, nil
}

// WatchChannelEmptied is a free log subscription operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelEmptied, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelEmptied is a log parse operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelEmptied(log types.Log) (*ChannelManagerChannelEmptied, error) {
	event := new(ChannelManagerChannelEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelReopenedIterator is returned from FilterChannelReopened and is used to iterate over the raw logs and unpacked data for ChannelReopened events raised by the ChannelManager contract.
type ChannelManagerChannelReopenedIterator struct {
	Event *ChannelManagerChannelReopened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelReopenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelReopened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelReopened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelReopenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelReopenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelReopened represents a ChannelReopened event raised by the ChannelManager contract.
type ChannelManagerChannelReopened struct {
	Hub  common.Address
	User common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterChannelReopened is a free log retrieval operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelReopened(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelReopenedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelReopenedIterator{contract: _ChannelManager.contract, event: "ChannelReopened", logs: logs, sub: sub}, nil
}

// WatchChannelReopened is a free log subscription operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelReopened(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelReopened, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelReopened)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelReopened is a log parse operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelReopened(log types.Log) (*ChannelManagerChannelReopened, error) {
	event := new(ChannelManagerChannelReopened)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelUpdatedIterator is returned from FilterChannelUpdated and is used to iterate over the raw logs and unpacked data for ChannelUpdated events raised by the ChannelManager contract.
type ChannelManagerChannelUpdatedIterator struct {
	Event *ChannelManagerChannelUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelUpdated represents a ChannelUpdated event raised by the ChannelManager contract.
type ChannelManagerChannelUpdated struct {
	Hub           common.Address
	User          common.Address
	ByHub         bool
	TxCountGlobal *big.Int
	TxCountChain  *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterChannelUpdated is a free log retrieval operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelUpdated(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelUpdatedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelUpdatedIterator{contract: _ChannelManager.contract, event: "ChannelUpdated", logs: logs, sub: sub}, nil
}

// WatchChannelUpdated is a free log subscription operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelUpdated(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelUpdated, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelUpdated)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelUpdated is a log parse operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelUpdated(log types.Log) (*ChannelManagerChannelUpdated, error) {
	event := new(ChannelManagerChannelUpdated)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the ChannelManager contract.
type ChannelManagerClaimedIterator struct {
	Event *ChannelManagerClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerClaimed represents a Claimed event raised by the ChannelManager contract.
type ChannelManagerClaimed struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerClaimedIterator{contract: _ChannelManager.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *ChannelManagerClaimed, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerClaimed)
				if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseClaimed(log types.Log) (*ChannelManagerClaimed, error) {
	event := new(ChannelManagerClaimed)
	if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the ChannelManager contract.
type ChannelManagerDepositedIterator struct {
	Event *ChannelManagerDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerDeposited represents a Deposited event raised by the ChannelManager contract.
type ChannelManagerDeposited struct {
	Hub         common.Address
	User        common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0xf5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c5.
//
// Solidity: event Deposited(address indexed hub, address indexed user, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterDeposited(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerDepositedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "Deposited", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerDepositedIterator{contract: _ChannelManager.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0xf5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c5.
//
// Solidity: event Deposited(address indexed hub, address indexed user, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *ChannelManagerDeposited, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "Deposited", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerDeposited)
				if err := _ChannelManager.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0xf5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c5.
//
// Solidity: event Deposited(address indexed hub, address indexed user, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseDeposited(log types.Log) (*ChannelManagerDeposited, error) {
	event := new(ChannelManagerDeposited)
	if err := _ChannelManager.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChangedIterator struct {
	Event *ChannelManagerEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerEIP712DomainChanged represents a EIP712DomainChanged event raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*ChannelManagerEIP712DomainChangedIterator, error) {

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &ChannelManagerEIP712DomainChangedIterator{contract: _ChannelManager.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *ChannelManagerEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerEIP712DomainChanged)
				if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) ParseEIP712DomainChanged(log types.Log) (*ChannelManagerEIP712DomainChanged, error) {
	event := new(ChannelManagerEIP712DomainChanged)
	if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitChallengedIterator is returned from FilterExitChallenged and is used to iterate over the raw logs and unpacked data for ExitChallenged events raised by the ChannelManager contract.
type ChannelManagerExitChallengedIterator struct {
	Event *ChannelManagerExitChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitChallenged represents a ExitChallenged event raised by the ChannelManager contract.
type ChannelManagerExitChallenged struct {
	Hub           common.Address
	User          common.Address
	Challenger    common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitChallenged is a free log retrieval operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitChallenged(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitChallengedIterator{contract: _ChannelManager.contract, event: "ExitChallenged", logs: logs, sub: sub}, nil
}

// WatchExitChallenged is a free log subscription operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitChallenged, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitChallenged is a log parse operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitChallenged(log types.Log) (*ChannelManagerExitChallenged, error) {
	event := new(ChannelManagerExitChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitStartedIterator is returned from FilterExitStarted and is used to iterate over the raw logs and unpacked data for ExitStarted events raised by the ChannelManager contract.
type ChannelManagerExitStartedIterator struct {
	Event *ChannelManagerExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitStarted represents a ExitStarted event raised by the ChannelManager contract.
type ChannelManagerExitStarted struct {
	Hub           common.Address
	User          common.Address
	Initiator     common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitStarted is a free log retrieval operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitStartedIterator{contract: _ChannelManager.contract, event: "ExitStarted", logs: logs, sub: sub}, nil
}

// WatchExitStarted is a free log subscription operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitStarted, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitStarted is a log parse operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitStarted(log types.Log) (*ChannelManagerExitStarted, error) {
	event := new(ChannelManagerExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveDepositedIterator is returned from FilterHubReserveDeposited and is used to iterate over the raw logs and unpacked data for HubReserveDeposited events raised by the ChannelManager contract.
type ChannelManagerHubReserveDepositedIterator struct {
	Event *ChannelManagerHubReserveDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveDeposited represents a HubReserveDeposited event raised by the ChannelManager contract.
type ChannelManagerHubReserveDeposited struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveDeposited is a free log retrieval operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveDeposited(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveDepositedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveDepositedIterator{contract: _ChannelManager.contract, event: "HubReserveDeposited", logs: logs, sub: sub}, nil
}

// WatchHubReserveDeposited is a free log subscription operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveDeposited(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveDeposited, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveDeposited)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveDeposited is a log parse operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveDeposited(log types.Log) (*ChannelManagerHubReserveDeposited, error) {
	event := new(ChannelManagerHubReserveDeposited)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveWithdrawnIterator is returned from FilterHubReserveWithdrawn and is used to iterate over the raw logs and unpacked data for HubReserveWithdrawn events raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawnIterator struct {
	Event *ChannelManagerHubReserveWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveWithdrawn represents a HubReserveWithdrawn event raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawn struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveWithdrawn is a free log retrieval operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveWithdrawn(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveWithdrawnIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveWithdrawnIterator{contract: _ChannelManager.contract, event: "HubReserveWithdrawn", logs: logs, sub: sub}, nil
}

// WatchHubReserveWithdrawn is a free log subscription operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveWithdrawn(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveWithdrawn, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveWithdrawn)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveWithdrawn is a log parse operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveWithdrawn(log types.Log) (*ChannelManagerHubReserveWithdrawn, error) {
	event := new(ChannelManagerHubReserveWithdrawn)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerLockResolvedIterator is returned from FilterLockResolved and is used to iterate over the raw logs and unpacked data for LockResolved events raised by the ChannelManager contract.
type ChannelManagerLockResolvedIterator struct {
	Event *ChannelManagerLockResolved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerLockResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerLockResolved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerLockResolved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerLockResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerLockResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerLockResolved represents a LockResolved event raised by the ChannelManager contract.
type ChannelManagerLockResolved struct {
	Hub    common.Address
	User   common.Address
	Leaf   [32]byte
	PaidTo common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLockResolved is a free log retrieval operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) FilterLockResolved(opts *bind.FilterOpts, hub []common.Address, user []common.Address, leaf [][32]byte) (*ChannelManagerLockResolvedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerLockResolvedIterator{contract: _ChannelManager.contract, event: "LockResolved", logs: logs, sub: sub}, nil
}

// WatchLockResolved is a free log subscription operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) WatchLockResolved(opts *bind.WatchOpts, sink chan<- *ChannelManagerLockResolved, hub []common.Address, user []common.Address, leaf [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerLockResolved)
				if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLockResolved is a log parse operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) ParseLockResolved(log types.Log) (*ChannelManagerLockResolved, error) {
	event := new(ChannelManagerLockResolved)
	if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPayoutDeferredIterator is returned from FilterPayoutDeferred and is used to iterate over the raw logs and unpacked data for PayoutDeferred events raised by the ChannelManager contract.
type ChannelManagerPayoutDeferredIterator struct {
	Event *ChannelManagerPayoutDeferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPayoutDeferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPayoutDeferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPayoutDeferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPayoutDeferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPayoutDeferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPayoutDeferred represents a PayoutDeferred event raised by the ChannelManager contract.
type ChannelManagerPayoutDeferred struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPayoutDeferred is a free log retrieval operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterPayoutDeferred(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerPayoutDeferredIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPayoutDeferredIterator{contract: _ChannelManager.contract, event: "PayoutDeferred", logs: logs, sub: sub}, nil
}

// WatchPayoutDeferred is a free log subscription operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchPayoutDeferred(opts *bind.WatchOpts, sink chan<- *ChannelManagerPayoutDeferred, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPayoutDeferred)
				if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePayoutDeferred is a log parse operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParsePayoutDeferred(log types.Log) (*ChannelManagerPayoutDeferred, error) {
	event := new(ChannelManagerPayoutDeferred)
	if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPreimageRevealedIterator is returned from FilterPreimageRevealed and is used to iterate over the raw logs and unpacked data for PreimageRevealed events raised by the ChannelManager contract.
type ChannelManagerPreimageRevealedIterator struct {
	Event *ChannelManagerPreimageRevealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPreimageRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPreimageRevealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPreimageRevealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPreimageRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPreimageRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPreimageRevealed represents a PreimageRevealed event raised by the ChannelManager contract.
type ChannelManagerPreimageRevealed struct {
	Hashlock [32]byte
	Preimage [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPreimageRevealed is a free log retrieval operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) FilterPreimageRevealed(opts *bind.FilterOpts, hashlock [][32]byte) (*ChannelManagerPreimageRevealedIterator, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPreimageRevealedIterator{contract: _ChannelManager.contract, event: "PreimageRevealed", logs: logs, sub: sub}, nil
}

// WatchPreimageRevealed is a free log subscription operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) WatchPreimageRevealed(opts *bind.WatchOpts, sink chan<- *ChannelManagerPreimageRevealed, hashlock [][32]byte) (event.Subscription, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPreimageRevealed)
				if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePreimageRevealed is a log parse operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) ParsePreimageRevealed(log types.Log) (*ChannelManagerPreimageRevealed, error) {
	event := new(ChannelManagerPreimageRevealed)
	if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadChallengedIterator is returned from FilterThreadChallenged and is used to iterate over the raw logs and unpacked data for ThreadChallenged events raised by the ChannelManager contract.
type ChannelManagerThreadChallengedIterator struct {
	Event *ChannelManagerThreadChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadChallenged represents a ThreadChallenged event raised by the ChannelManager contract.
type ChannelManagerThreadChallenged struct {
	Hub       common.Address
	ThreadKey [32]byte
	TxCount   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThreadChallenged is a free log retrieval operation binding the contract event 0x65e565ef0b5bb33fe277e52c8686f9a3a4c9b5452a11ef198acc0bbb43c3efc3.
//
// Solidity: event ThreadChallenged(address indexed hub, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadChallenged(opts *bind.FilterOpts, hub []common.Address, threadKey [][32]byte) (*ChannelManagerThreadChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadChallenged", hubRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadChallengedIterator{contract: _ChannelManager.contract, event: "ThreadChallenged", logs: logs, sub: sub}, nil
}

// WatchThreadChallenged is a free log subscription operation binding the contract event 0x65e565ef0b5bb33fe277e52c8686f9a3a4c9b5452a11ef198acc0bbb43c3efc3.
//
// Solidity: event ThreadChallenged(address indexed hub, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadChallenged, hub []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadChallenged", hubRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadChallenged is a log parse operation binding the contract event 0x65e565ef0b5bb33fe277e52c8686f9a3a4c9b5452a11ef198acc0bbb43c3efc3.
//
// Solidity: event ThreadChallenged(address indexed hub, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadChallenged(log types.Log) (*ChannelManagerThreadChallenged, error) {
	event := new(ChannelManagerThreadChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadEmptiedIterator is returned from FilterThreadEmptied and is used to iterate over the raw logs and unpacked data for ThreadEmptied events raised by the ChannelManager contract.
type ChannelManagerThreadEmptiedIterator struct {
	Event *ChannelManagerThreadEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadEmptied represents a ThreadEmptied event raised by the ChannelManager contract.
type ChannelManagerThreadEmptied struct {
	Hub         common.Address
	User        common.Address
	ThreadKey   [32]byte
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadEmptied is a free log retrieval operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadEmptiedIterator{contract: _ChannelManager.contract, event: "ThreadEmptied", logs: logs, sub: sub}, nil
}

// WatchThreadEmptied is a free log subscription operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadEmptied, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadEmptied is a log parse operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadEmptied(log types.Log) (*ChannelManagerThreadEmptied, error) {
	event := new(ChannelManagerThreadEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadExitStartedIterator is returned from FilterThreadExitStarted and is used to iterate over the raw logs and unpacked data for ThreadExitStarted events raised by the ChannelManager contract.
type ChannelManagerThreadExitStartedIterator struct {
	Event *ChannelManagerThreadExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadExitStarted represents a ThreadExitStarted event raised by the ChannelManager contract.
type ChannelManagerThreadExitStarted struct {
	Hub         common.Address
	User        common.Address
	ThreadKey   [32]byte
	TxCount     *big.Int
	ClosingTime *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadExitStarted is a free log retrieval operation binding the contract event 0xcbdc45bea07defc5425e7543757078129870b65e0f4d54d8ead5618cbb5d3980.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount, uint256 closingTime)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadExitStartedIterator{contract: _ChannelManager.contract, event: "ThreadExitStarted", logs: logs, sub: sub}, nil
}

// WatchThreadExitStarted is a free log subscription operation binding the contract event 0xcbdc45bea07defc5425e7543757078129870b65e0f4d54d8ead5618cbb5d3980.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount, uint256 closingTime)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadExitStarted, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadExitStarted is a log parse operation binding the contract event 0xcbdc45bea07defc5425e7543757078129870b65e0f4d54d8ead5618cbb5d3980.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount, uint256 closingTime)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadExitStarted(log types.Log) (*ChannelManagerThreadExitStarted, error) {
	event := new(ChannelManagerThreadExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadsNukedIterator is returned from FilterThreadsNuked and is used to iterate over the raw logs and unpacked data for ThreadsNuked events raised by the ChannelManager contract.
type ChannelManagerThreadsNukedIterator struct {
	Event *ChannelManagerThreadsNuked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadsNukedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadsNuked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadsNuked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadsNukedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadsNukedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadsNuked represents a ThreadsNuked event raised by the ChannelManager contract.
type ChannelManagerThreadsNuked struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadsNuked is a free log retrieval operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadsNuked(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerThreadsNukedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadsNukedIterator{contract: _ChannelManager.contract, event: "ThreadsNuked", logs: logs, sub: sub}, nil
}

// WatchThreadsNuked is a free log subscription operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadsNuked(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadsNuked, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadsNuked)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadsNuked is a log parse operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadsNuked(log types.Log) (*ChannelManagerThreadsNuked, error) {
	event := new(ChannelManagerThreadsNuked)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
